package org.kepu.portal.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Image files written byte by byte, as an attacker would: small on the wire, huge or broken inside. */
public final class HostileImages {

    /** The bomb of the review: 6320 × 6320, 16 bits per channel RGBA, about 310 KB. */
    public static final int BOMB_SIDE = 6320;

    /** What decoding the bomb at full size would hold: every pixel, 8 bytes. */
    public static final long BOMB_FULL_RASTER = (long) BOMB_SIDE * BOMB_SIDE * 8;

    private static byte[] bomb;

    private HostileImages() {}

    /** The review's bomb, built once (deflating 320 MB of zero rows takes a moment). */
    public static synchronized byte[] pngBomb() {
        if (bomb == null) {
            bomb = png16Rgba(BOMB_SIDE, BOMB_SIDE);
        }
        return bomb.clone();
    }

    /** A PNG of zero pixels at 16-bit RGBA, its IDAT deflated by hand row by row. */
    public static byte[] png16Rgba(int width, int height) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 8]; // filter byte 0, then the pixels
        try (DeflaterOutputStream deflate =
                new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A small ordinary PNG with an extra text chunk of {@code textBytes}. */
    public static byte[] pngWithText(int textBytes) {
        byte[] plain = png(64, 48);
        byte[] text = new byte[textBytes];
        Arrays.fill(text, (byte) 'a');
        System.arraycopy("Comment\0".getBytes(StandardCharsets.ISO_8859_1), 0, text, 0, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterHeader = 8 + 12 + 13; // signature and IHDR
        out.write(plain, 0, afterHeader);
        chunk(out, "tEXt", text);
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /**
     * A GIF whose only frame claims 65535 × 65535 pixels (4.3 billion) in a file of a few dozen
     * bytes.
     */
    public static byte[] gifOfHugeFrame() {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        gif.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        gif.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0, 0});
        gif.writeBytes(new byte[] {0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}); // two-colour palette
        gif.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0});
        gif.writeBytes(new byte[] {2, 2, 0x4C, 0x01, 0, 0x3B}); // LZW data, end of image, trailer
        return gif.toByteArray();
    }

    /** An ordinary RGB image in the given ImageIO format. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(
                width, height, "wbmp".equals(format) ? BufferedImage.TYPE_BYTE_BINARY : BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
