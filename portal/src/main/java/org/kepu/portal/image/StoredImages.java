package org.kepu.portal.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Uploaded images (article images and covers, contest entry covers): checked by their content (not
 * their name) and stored as JPEG variants of several widths for phones and screens. Re-encoding
 * drops whatever metadata the file carried (a phone photo's location, for one).
 *
 * <p>A small file can describe a huge image (a decompression bomb), so the header is read first and
 * the image refused or read subsampled towards the largest stored width before any pixel is decoded;
 * the decoded raster never exceeds {@link ImageSettings#maxDecodedSize()}. Only a few images are
 * decoded at a time, and each account has an allowance per period, checked before anything is read.
 */
@Component
public class StoredImages {

    static final List<Integer> WIDTHS = ResponsiveImages.WIDTHS;
    private static final int LARGEST = WIDTHS.get(WIDTHS.size() - 1);
    /** What the site needs; TIFF, WBMP and whatever else ImageIO reads are refused. */
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp");

    private final BlobStore blobs;
    private final ImageSettings settings;
    // fair: an upload that waited longest gets the next slot
    private final Semaphore decoders;
    private final RateLimit perUploader;
    private final AtomicLong decodes = new AtomicLong();
    private final AtomicLong largestRaster = new AtomicLong();

    StoredImages(BlobStore blobs, ImageSettings settings, RateLimits limits) {
        this.blobs = blobs;
        this.settings = settings;
        this.decoders = new Semaphore(settings.concurrentDecodes(), true);
        this.perUploader =
                limits.limit("image-uploads-per-account", settings.uploadsPerAccount(), settings.uploadPeriod());
    }

    /** A stored image: its random id and the size of the original. */
    public record Stored(String id, int width, int height) {

        /** The URL of the widest variant not wider than {@code wanted}. */
        public String url(int wanted) {
            int best = WIDTHS.stream()
                    .filter(w -> w <= Math.max(width, WIDTHS.get(0)))
                    .filter(w -> w <= wanted)
                    .reduce((a, b) -> b)
                    .orElse(WIDTHS.get(0));
            return ResponsiveImages.url(id, best);
        }
    }

    /**
     * Stores the image in every width up to its own.
     *
     * @param uploader the account whose allowance the upload uses
     * @throws ImageUploadsLimited when the account has used up its allowance
     * @throws ImagesBusy when no decode slot came free in time
     * @throws ImageRejected when it is no image we read, a damaged one or an absurdly large one
     */
    public Stored store(InputStream content, String uploader) throws IOException {
        if (!perUploader.tryAcquire(uploader)) {
            throw new ImageUploadsLimited(uploader);
        }
        byte[] bytes = content.readAllBytes();
        Map<Integer, byte[]> variants = new LinkedHashMap<>();
        Decoded decoded;
        acquireDecoder();
        try {
            decoded = decode(bytes);
            BufferedImage base = ImageScaling.opaque(decoded.image());
            for (int width : WIDTHS) {
                if (width <= decoded.width() || width == WIDTHS.get(0)) {
                    variants.put(width, jpeg(ImageScaling.toWidth(base, Math.min(width, base.getWidth()))));
                }
            }
        } finally {
            // storing is I/O, not decoding: the slot goes to the next upload
            decoders.release();
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        variants.forEach((width, jpeg) ->
                blobs.put("images/" + id + "/" + width + ".jpg", new ByteArrayInputStream(jpeg), "image/jpeg"));
        return new Stored(id, decoded.width(), decoded.height());
    }

    /** How many images were decoded since start (refusals before decoding do not count). */
    public long decodes() {
        return decodes.get();
    }

    /** The most bytes one decoded raster held since start; never above the configured bound. */
    public long largestRaster() {
        return largestRaster.get();
    }

    private void acquireDecoder() {
        try {
            if (!decoders.tryAcquire(settings.decodeWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImagesBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImagesBusy();
        }
    }

    private record Decoded(BufferedImage image, int width, int height) {}

    private Decoded decode(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw rejected("image.unknown");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw rejected("image.unknown");
                }
                ImageStructure.check(format, bytes).ifPresent(r -> {
                    throw rejected(r.key(), r.args());
                });
                AtomicBoolean damaged = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
                // seek forward only: an animated GIF's later frames are never read
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw rejected("image.broken");
                }
                if ((long) width * height > settings.maxPixels()) {
                    throw rejected(
                            "image.too-large",
                            String.valueOf(width),
                            String.valueOf(height),
                            String.valueOf(settings.maxPixels() / 10_000));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height, bytesPerPixel(reader));
                param.setSourceSubsampling(step, step, 0, 0);
                decodes.incrementAndGet();
                BufferedImage image = reader.read(0, param);
                largestRaster.accumulateAndGet(rasterBytes(image), Math::max);
                if (damaged.get()) {
                    throw rejected("image.truncated");
                }
                return new Decoded(image, width, height);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageRejected rejected) {
                    throw rejected;
                }
                throw rejected("image.broken");
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Every {@code step}-th pixel of every {@code step}-th row: at least the largest stored width
     * where the image has it (the final downscale is smooth), and never more decoded bytes than allowed.
     */
    private int subsampling(int width, int height, int bytesPerPixel) {
        long allowed = settings.maxDecodedSize().toBytes();
        int step = Math.max(1, width / LARGEST);
        while (decodedBytes(width, height, step, bytesPerPixel) > allowed) {
            step++;
        }
        return step;
    }

    private static long decodedBytes(int width, int height, int step, int bytesPerPixel) {
        return (long) ((width + step - 1) / step) * ((height + step - 1) / step) * bytesPerPixel;
    }

    /** An upper bound of what one decoded pixel takes (16-bit RGBA: 8 bytes). */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 8;
        }
        SampleModel model = type.getSampleModel(1, 1);
        int bits = DataBuffer.getDataTypeSize(model.getDataType());
        boolean packed = model instanceof SinglePixelPackedSampleModel || model instanceof MultiPixelPackedSampleModel;
        return Math.max(1, (packed ? bits : bits * model.getNumBands()) / 8);
    }

    private static long rasterBytes(BufferedImage image) {
        DataBuffer buffer = image.getRaster().getDataBuffer();
        return (long) buffer.getSize() * buffer.getNumBanks() * DataBuffer.getDataTypeSize(buffer.getDataType()) / 8;
    }

    private ImageRejected rejected(String key, Object... args) {
        return new ImageRejected(key, args);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
