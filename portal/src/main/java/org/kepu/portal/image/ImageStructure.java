package org.kepu.portal.image;

import java.util.Optional;

/**
 * Cheap walks over a file's own structure, done before a decoder sees it: a truncated file, a PNG
 * whose text or colour-profile chunks are huge (compressed chunks are bombs of their own) or a JPEG
 * with an absurd number of progressive scans (each scan costs a pass over the whole image) is
 * refused without decoding a pixel. Answers the message key of the refusal, if any.
 */
final class ImageStructure {

    static final int MAX_JPEG_SCANS = 64;
    static final int MAX_PNG_ANCILLARY_BYTES = 1 << 20;

    private ImageStructure() {}

    static Optional<Refusal> check(String format, byte[] bytes) {
        return switch (format) {
            case "png" -> png(bytes);
            case "jpeg" -> jpeg(bytes);
            default -> Optional.empty();
        };
    }

    record Refusal(String key, Object... args) {}

    private static Optional<Refusal> png(byte[] b) {
        long ancillary = 0;
        int i = 8; // signature
        while (i + 12 <= b.length) {
            long length = u32(b, i);
            int type = (int) u32(b, i + 4);
            if (length > b.length - i - 12L) {
                return refusal("image.truncated");
            }
            if (type == 0x49454E44) { // IEND
                return Optional.empty();
            }
            if ((b[i + 4] & 0x20) != 0) { // lower-case first letter: an ancillary chunk (tEXt, iCCP, zTXt...)
                ancillary += length;
                if (ancillary > MAX_PNG_ANCILLARY_BYTES) {
                    return refusal("image.metadata-too-large");
                }
            }
            i += 12 + (int) length;
        }
        return refusal("image.truncated");
    }

    private static Optional<Refusal> jpeg(byte[] b) {
        int scans = 0;
        int i = 2; // SOI
        while (i + 1 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return refusal("image.broken");
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD9) { // EOI
                return Optional.empty();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                i += 2;
                continue;
            }
            if (i + 3 >= b.length) {
                break;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            i += 2 + length;
            if (marker == 0xDA) { // SOS: entropy-coded data follows up to the next real marker
                if (++scans > MAX_JPEG_SCANS) {
                    return refusal("image.too-many-scans", String.valueOf(MAX_JPEG_SCANS));
                }
                while (i + 1 < b.length
                        && !((b[i] & 0xFF) == 0xFF
                                && b[i + 1] != 0
                                && ((b[i + 1] & 0xFF) < 0xD0 || (b[i + 1] & 0xFF) > 0xD7))) {
                    i++;
                }
            }
        }
        return refusal("image.truncated");
    }

    private static Optional<Refusal> refusal(String key, Object... args) {
        return Optional.of(new Refusal(key, args));
    }

    private static long u32(byte[] b, int i) {
        return ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
    }
}
