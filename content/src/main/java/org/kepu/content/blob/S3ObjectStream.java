package org.kepu.content.blob;

import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;

/**
 * An object's body that drops the connection when closed before its end. Closing an HTTP response
 * body normally reads the rest so that the connection can be reused: for a viewer who leaves a
 * 2 GiB video after a minute, that would download the rest of it for nothing.
 */
final class S3ObjectStream extends FilterInputStream {

    private final ResponseInputStream<?> response;
    private boolean ended;

    S3ObjectStream(ResponseInputStream<?> response) {
        super(response);
        this.response = response;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        ended |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        ended |= n < 0;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!ended) {
            response.abort();
        }
        super.close();
    }
}
