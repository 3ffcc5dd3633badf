package org.kepu.content.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file copied to a temporary file while its SHA-256 is computed. Copying stops one
 * byte past the limit, so a 200 MB upload costs no more than the limit in disk and time.
 */
record ReceivedFile(Path path, long size, String checksum) implements AutoCloseable {

    static ReceivedFile receive(InputStream content, long maxBytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile("kepu-registration-", ".upload");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha256);
                    OutputStream out = Files.newOutputStream(temp)) {
                size = copy(in, out, maxBytes + 1);
            }
            if (size > maxBytes) {
                throw new RegistrationRefused("FILE_TOO_LARGE", maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                throw new RegistrationRefused("EMPTY_FILE");
            }
            return new ReceivedFile(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            delete(temp);
            throw new UncheckedIOException("Could not receive an uploaded file", e);
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            delete(temp);
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public void close() {
        delete(path);
    }

    static void delete(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the operating system cleans its temp folder
            path.toFile().deleteOnExit();
        }
    }
}
