package org.kepu.portal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.kepu.content.blob.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Uploaded images (article images and covers, contest entry covers): checked by their content (not
 * their name), refused when absurdly large before they are decoded, and stored as JPEG variants of
 * several widths for phones and screens. Re-encoding drops whatever metadata the file carried (a
 * phone photo's location, for one).
 */
@Component
public class StoredImages {

    static final List<Integer> WIDTHS = ResponsiveImages.WIDTHS;
    private static final long MAX_PIXELS = 40_000_000L;

    private final BlobStore blobs;

    StoredImages(BlobStore blobs) {
        this.blobs = blobs;
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
     * @throws ImageRejected when it is no image we read, or an absurdly large one
     */
    public Stored store(InputStream content) throws IOException {
        byte[] bytes = content.readAllBytes();
        BufferedImage image = decode(bytes);
        String id = UUID.randomUUID().toString().replace("-", "");
        for (int width : WIDTHS) {
            if (width <= image.getWidth() || width == WIDTHS.get(0)) {
                byte[] jpeg = jpeg(scaled(image, Math.min(width, image.getWidth())));
                blobs.put("images/" + id + "/" + width + ".jpg", new ByteArrayInputStream(jpeg), "image/jpeg");
            }
        }
        return new Stored(id, image.getWidth(), image.getHeight());
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejected("这不是可识别的图片（支持 JPEG、PNG、GIF、BMP）。");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new ImageRejected("图片尺寸太大（超过 4000 万像素），请缩小后再上传。");
                }
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageRejected rejected) {
                    throw rejected;
                }
                throw new ImageRejected("图片文件已损坏，无法读取。");
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage source, int width) {
        int height = Math.max(1, Math.round(source.getHeight() * (width / (float) source.getWidth())));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent PNGs get a white background in JPEG
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
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
