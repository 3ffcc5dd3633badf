package org.kepu.portal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.BlobStores;
import org.kepu.content.throttle.RateLimits;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

/** Hostile image files meet their bound before a pixel is decoded, or are decoded within it. */
class StoredImagesTests {

    static final ImageSettings SETTINGS = new ImageSettings(
            50_000_000L, DataSize.ofMegabytes(64), 2, Duration.ofSeconds(3), 1000, Duration.ofMinutes(10));

    @TempDir
    Path temp;

    @Test
    void theReviewsBombIsReadSubsampledWithinTheRasterBound() throws IOException {
        byte[] bomb = HostileImages.pngBomb();
        assertThat(bomb.length).as("small on the wire").isLessThan(400_000);
        BlobStore blobs = BlobStores.folder(temp);
        StoredImages images = images(blobs, SETTINGS);

        StoredImages.Stored stored = images.store(new ByteArrayInputStream(bomb), "编辑甲");

        assertThat(stored.width()).isEqualTo(HostileImages.BOMB_SIDE);
        assertThat(images.decodes()).isEqualTo(1);
        assertThat(images.largestRaster())
                .isPositive()
                .isLessThanOrEqualTo(SETTINGS.maxDecodedSize().toBytes())
                .isLessThan(HostileImages.BOMB_FULL_RASTER / 8);
        try (InputStream largest = blobs.open("images/" + stored.id() + "/1600.jpg")) {
            BufferedImage variant = ImageIO.read(largest);
            assertThat(variant.getWidth()).isEqualTo(1600);
            assertThat(variant.getHeight()).isEqualTo(1600);
        }
    }

    @Test
    void aSmallerRasterBoundDecodesMoreCoarselyInsteadOfHoldingMore() throws IOException {
        ImageSettings tight = new ImageSettings(
                50_000_000L, DataSize.ofMegabytes(4), 2, Duration.ofSeconds(3), 1000, Duration.ofMinutes(10));
        StoredImages images = images(BlobStores.folder(temp), tight);

        images.store(new ByteArrayInputStream(HostileImages.pngBomb()), "编辑甲");

        assertThat(images.largestRaster())
                .isPositive()
                .isLessThanOrEqualTo(DataSize.ofMegabytes(4).toBytes());
    }

    @Test
    void imagesBeyondThePixelBoundAreRefusedFromTheirHeaderAlone() {
        StoredImages images = images(BlobStores.folder(temp), SETTINGS);

        assertRefused(images, HostileImages.gifOfHugeFrame(), "图片尺寸太大（65535×65535 像素，最多 5000 万像素）");
        assertThat(images.decodes()).isZero();
    }

    @Test
    void truncatedFilesAreRefusedAsIncomplete() {
        StoredImages images = images(BlobStores.folder(temp), SETTINGS);
        byte[] png = HostileImages.png(640, 480);
        byte[] jpeg = HostileImages.image("jpeg", 640, 480);

        assertRefused(images, Arrays.copyOf(png, png.length - 20), "图片文件不完整");
        assertRefused(images, Arrays.copyOf(jpeg, jpeg.length / 2), "图片文件不完整");
        assertThat(images.decodes()).isZero();
    }

    @Test
    void aPngWithAHugeTextChunkIsRefusedBeforeDecoding() {
        StoredImages images = images(BlobStores.folder(temp), SETTINGS);

        assertRefused(images, HostileImages.pngWithText(2 << 20), "图片附带的数据");
        assertThat(images.decodes()).isZero();
    }

    @Test
    void formatsTheSiteDoesNotNeedAreRefused() {
        StoredImages images = images(BlobStores.folder(temp), SETTINGS);

        assertRefused(images, HostileImages.image("tiff", 64, 48), "这不是可识别的图片");
        assertRefused(images, HostileImages.image("wbmp", 64, 48), "这不是可识别的图片");
        assertThat(images.decodes()).isZero();
    }

    @Test
    void ordinaryFormatsAreStored() throws IOException {
        StoredImages images = images(BlobStores.folder(temp), SETTINGS);

        for (String format : new String[] {"png", "jpeg", "gif", "bmp"}) {
            assertThat(images.store(new ByteArrayInputStream(HostileImages.image(format, 1000, 600)), "编辑甲")
                            .width())
                    .as(format)
                    .isEqualTo(1000);
        }
    }

    @Test
    void anAccountBeyondItsAllowanceIsLimitedBeforeAnythingIsRead() throws IOException {
        ImageSettings two = new ImageSettings(
                50_000_000L, DataSize.ofMegabytes(64), 2, Duration.ofSeconds(3), 2, Duration.ofHours(1));
        StoredImages images = images(BlobStores.folder(temp), two);
        images.store(new ByteArrayInputStream(HostileImages.png(64, 48)), "编辑甲");
        images.store(new ByteArrayInputStream(HostileImages.png(64, 48)), "编辑甲");

        assertThatThrownBy(() -> images.store(new ByteArrayInputStream(HostileImages.pngBomb()), "编辑甲"))
                .isInstanceOf(ImageUploadsLimited.class);
        assertThat(images.decodes()).isEqualTo(2);
        assertThat(images.store(new ByteArrayInputStream(HostileImages.png(64, 48)), "编辑乙"))
                .isNotNull();
    }

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    private static void assertRefused(StoredImages images, byte[] file, String message) {
        assertThatThrownBy(() -> images.store(new ByteArrayInputStream(file), "编辑甲"))
                .isInstanceOf(ImageRejected.class)
                .satisfies(e -> assertThat(MESSAGES.getMessage((ImageRejected) e, Locale.SIMPLIFIED_CHINESE))
                        .contains(message));
    }

    static StoredImages images(BlobStore blobs, ImageSettings settings) {
        return new StoredImages(blobs, settings, RateLimits.inMemory(1000));
    }
}
