package org.kepu.content.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A PATCH body that ends (as if the client had stopped) once the PATCH has run past its deadline or,
 * after a grace period, has averaged less than the minimum rate. Every byte handed out before that
 * is kept, so a tus client resumes from there; bytes that arrive after the end are never handed
 * out, so nothing is written once the PATCH's lease may have run out.
 */
final class PacedBody extends FilterInputStream {

    private final long startNanos;
    private final long deadlineNanos;
    private final long graceNanos;
    private final long minBytesPerSecond;
    private long delivered;
    private boolean cut;

    PacedBody(InputStream body, UploadSettings settings) {
        super(body);
        this.startNanos = System.nanoTime();
        this.deadlineNanos = settings.patchDeadline().toNanos();
        this.graceNanos = settings.patchRateGrace().toNanos();
        this.minBytesPerSecond = settings.patchMinRate().toBytes();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (cut || tooSlowOrTooLong(0)) {
            return -1;
        }
        int n = super.read(buffer, offset, length);
        // checked again after the read: a trickling client's byte may arrive long after the deadline
        if (n > 0 && tooSlowOrTooLong(n)) {
            return -1;
        }
        if (n > 0) {
            delivered += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // through read, not the wrapped stream's skip: skipped bytes are paced and cut like read ones
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** Whether the server ended the PATCH before the client finished sending. */
    boolean wasCut() {
        return cut;
    }

    private boolean tooSlowOrTooLong(int arriving) {
        long elapsed = System.nanoTime() - startNanos;
        boolean tooLong = elapsed > deadlineNanos;
        boolean tooSlow = elapsed > graceNanos && (delivered + arriving) * 1_000_000_000d / elapsed < minBytesPerSecond;
        cut = tooLong || tooSlow;
        return cut;
    }
}
