package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link UploadStorage} does; extended once per implementation. */
abstract class UploadStorageContract {

    protected abstract UploadStorage storage();

    protected abstract BlobStore blobs();

    /** Whether anything of the upload is still staged (a file, a tail object, an open multipart upload). */
    protected abstract boolean holdsStaged(String uploadId, String blobKey);

    /** Makes the next completion for the key fail the way this store can fail. */
    protected abstract void failNextCompletion(String blobKey) throws IOException;

    /** Lifts what {@link #failNextCompletion} set up, where it does not lift itself. */
    protected abstract void allowCompletion(String blobKey) throws IOException;

    /** Data that crosses at least two parts of the S3 implementation. */
    protected int size() {
        return 12 << 20;
    }

    @Test
    void chunksSmallerThanAPartAddUpToTheWholeBlob() throws IOException {
        byte[] data = data(size(), 1);
        String key = "uploads/1/small-chunks/source";
        String ref = storage().begin("smallchunks000000000001", key);

        long offset = 0;
        int chunk = 1 << 20;
        while (offset < data.length) {
            int n = (int) Math.min(chunk, data.length - offset);
            UploadStorage.Stored stored = storage()
                    .append(
                            "smallchunks000000000001",
                            ref,
                            offset,
                            data.length,
                            new ByteArrayInputStream(data, (int) offset, n));
            assertThat(stored.offset()).isEqualTo(offset + n);
            offset = stored.offset();
            ref = stored.ref();
        }
        storage().complete("smallchunks000000000001", ref, key);

        assertThat(read(key)).isEqualTo(data);
    }

    @Test
    void aDroppedConnectionKeepsAPrefixAndTheUploadResumesFromIt() throws IOException {
        byte[] data = data(size(), 2);
        String key = "uploads/1/dropped/source";
        String ref = storage().begin("droppedconnection000001", key);

        UploadStorage.Stored first = storage()
                .append("droppedconnection000001", ref, 0, data.length, dropsAfter(data, data.length / 2 + 12345));
        assertThat(first.offset()).isBetween(0L, (long) data.length / 2 + 12345);
        UploadStorage.Stored rest = storage()
                .append(
                        "droppedconnection000001",
                        first.ref(),
                        first.offset(),
                        data.length,
                        new ByteArrayInputStream(data, (int) first.offset(), data.length - (int) first.offset()));
        assertThat(rest.offset()).isEqualTo(data.length);
        storage().complete("droppedconnection000001", rest.ref(), key);

        assertThat(read(key)).isEqualTo(data);
    }

    @Test
    void aCompletedUploadReadsBackByteIdenticalAndNothingStaysStaged() throws IOException {
        byte[] data = data(size(), 4);
        String key = "uploads/1/completed/source";
        String ref = storage().begin("completedupload00000001", key);
        UploadStorage.Stored stored =
                storage().append("completedupload00000001", ref, 0, data.length, new ByteArrayInputStream(data));
        assertThat(holdsStaged("completedupload00000001", key)).isTrue();

        storage().complete("completedupload00000001", stored.ref(), key);

        assertThat(read(key)).isEqualTo(data);
        assertThat(holdsStaged("completedupload00000001", key)).isFalse();
    }

    @Test
    void aFailedCompletionLeavesTheUploadResumableFromItsLastRecordedOffset() throws IOException {
        byte[] data = data(size(), 5);
        String key = "uploads/1/failed-completion/source";
        String id = "failedcompletion0000001";
        // the offset recorded before the last PATCH lies inside a part, so a tail is staged there
        int recorded = size() / 2 + 4321;
        UploadStorage.Stored first = storage()
                .append(id, storage().begin(id, key), 0, data.length, new ByteArrayInputStream(data, 0, recorded));
        assertThat(first.offset()).isEqualTo(recorded);
        UploadStorage.Stored last = storage().append(id, first.ref(), recorded, data.length, rest(data, recorded));
        assertThat(last.offset()).isEqualTo(data.length);
        failNextCompletion(key);

        assertThatThrownBy(() -> storage().complete(id, last.ref(), key)).isInstanceOf(BlobStoreFailed.class);

        // the upload's record still says "recorded": the client sends the rest again
        allowCompletion(key);
        assertThat(holdsStaged(id, key)).isTrue();
        UploadStorage.Stored again = storage().append(id, first.ref(), recorded, data.length, rest(data, recorded));
        assertThat(again.offset()).isEqualTo(data.length);
        storage().complete(id, again.ref(), key);

        assertThat(read(key)).isEqualTo(data);
        assertThat(holdsStaged(id, key)).isFalse();
    }

    @Test
    void anAbortedUploadLeavesNoBlob() {
        byte[] data = data(1 << 20, 3);
        String key = "uploads/1/aborted/source";
        String ref = storage().begin("abortedupload0000000001", key);
        UploadStorage.Stored stored =
                storage().append("abortedupload0000000001", ref, 0, data.length * 4L, new ByteArrayInputStream(data));

        storage().abort("abortedupload0000000001", stored.ref());

        assertThat(blobs().exists(key)).isFalse();
        assertThat(holdsStaged("abortedupload0000000001", key)).isFalse();
    }

    @Test
    void abortingAfterACompletionLeavesNothingStagedAndTheBlobAlone() throws IOException {
        byte[] data = data(size(), 6);
        String key = "uploads/1/aborted-late/source";
        String id = "abortedlate000000000001";
        String ref = storage().begin(id, key);
        int half = size() / 2 + 999;
        UploadStorage.Stored first = storage().append(id, ref, 0, data.length, new ByteArrayInputStream(data, 0, half));
        UploadStorage.Stored last = storage().append(id, first.ref(), half, data.length, rest(data, half));
        storage().complete(id, last.ref(), key);

        storage().abort(id, last.ref());

        assertThat(holdsStaged(id, key)).isFalse();
        assertThat(read(key)).isEqualTo(data);
    }

    private static InputStream rest(byte[] data, int from) {
        return new ByteArrayInputStream(data, from, data.length - from);
    }

    private byte[] read(String key) throws IOException {
        try (InputStream in = blobs().open(key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] data(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    /** A body whose connection breaks after {@code limit} bytes. */
    private static InputStream dropsAfter(byte[] data, int limit) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position >= limit) {
                    throw new IOException("connection reset by peer");
                }
                int n = Math.min(length, limit - position);
                System.arraycopy(data, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }
}
