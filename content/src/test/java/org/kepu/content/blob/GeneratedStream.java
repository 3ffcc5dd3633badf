package org.kepu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * A stream of pseudo-random bytes of a given length, the same for the same seed, made as it is
 * read: large uploads in tests without large arrays. Optionally fails part-way, like a dropped
 * connection.
 */
final class GeneratedStream extends InputStream {

    private final SplittableRandom random;
    private final long seed;
    private final long size;
    private final long failAt;
    private long position;

    GeneratedStream(long size, long seed) {
        this(size, seed, Long.MAX_VALUE);
    }

    private GeneratedStream(long size, long seed, long failAt) {
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.size = size;
        this.failAt = failAt;
    }

    /** The same bytes, but reading past {@code offset} throws, as a dropped connection would. */
    GeneratedStream failingAfter(long offset) {
        return new GeneratedStream(size, seed, offset);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position >= failAt) {
            throw new IOException("Connection reset (simulated at byte " + position + ")");
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, Math.min(size, failAt) - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) random.nextInt(256);
        }
        position += n;
        return n;
    }
}
