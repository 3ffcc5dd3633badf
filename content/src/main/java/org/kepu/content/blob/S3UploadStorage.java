package org.kepu.content.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;

/**
 * Resumable uploads straight into an S3 multipart upload, never through the portal's disk. Whole
 * parts go to S3 as they fill; a part's unfinished tail (a client sent less than a part, or the
 * connection dropped) is kept as a small staging object and read back when the next bytes arrive,
 * so memory stays at one part per upload whatever the client's chunk size.
 */
class S3UploadStorage implements UploadStorage {

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    S3UploadStorage(S3Client s3, S3Settings settings) {
        this.s3 = s3;
        this.bucket = settings.bucket();
        this.partSize = (int) settings.partSize().toBytes();
    }

    @Override
    public String begin(String uploadId, String blobKey) {
        try {
            String s3Upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(BlobKeys.check(blobKey)))
                    .uploadId();
            return blobKey + "|" + s3Upload;
        } catch (SdkException e) {
            throw new BlobStoreFailed("Cannot start upload " + uploadId, e);
        }
    }

    @Override
    public Stored append(String uploadId, String ref, long offset, long length, InputStream body) {
        Ref r = Ref.parse(ref);
        int partsDone = (int) (offset / partSize);
        byte[] buffer = new byte[(int) Math.min(partSize, length - (long) partsDone * partSize)];
        int filled = readTail(uploadId, (int) (offset - (long) partsDone * partSize), buffer);
        long position = offset;
        boolean dropped = false;
        while (position < length && !dropped) {
            int n;
            try {
                n = body.read(buffer, filled, buffer.length - filled);
            } catch (IOException connectionDropped) {
                n = -1;
                dropped = true;
            }
            if (n < 0) {
                break;
            }
            filled += n;
            position += n;
            if (filled == buffer.length) {
                uploadPart(r, partsDone + 1, buffer, filled);
                partsDone++;
                filled = 0;
                long remaining = length - (long) partsDone * partSize;
                if (remaining > 0 && remaining < buffer.length) {
                    buffer = new byte[(int) remaining];
                }
            }
        }
        if (position < length) {
            writeTail(uploadId, buffer, filled);
        }
        // else every part is in S3; the tail staged by the previous append stays until complete(), so
        // that after a failed completion the upload can be sent again from the offset recorded before
        return new Stored(position, ref);
    }

    @Override
    public void complete(String uploadId, String ref, String blobKey) {
        Ref r = Ref.parse(ref);
        if (!r.key().equals(blobKey)) {
            throw new IllegalStateException("Upload " + uploadId + " was started for " + r.key() + ", not " + blobKey);
        }
        try {
            List<CompletedPart> parts =
                    s3.listPartsPaginator(b -> b.bucket(bucket).key(r.key()).uploadId(r.s3Upload())).parts().stream()
                            .map(S3UploadStorage::completed)
                            .toList();
            s3.completeMultipartUpload(
                    b -> b.bucket(bucket).key(r.key()).uploadId(r.s3Upload()).multipartUpload(m -> m.parts(parts)));
            deleteTail(uploadId);
        } catch (SdkException e) {
            throw new BlobStoreFailed("Cannot complete upload " + uploadId, e);
        }
    }

    @Override
    public void abort(String uploadId, String ref) {
        Ref r = Ref.parse(ref);
        try {
            try {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(r.key()).uploadId(r.s3Upload()));
            } catch (NoSuchUploadException alreadyGone) {
                // completed before the completion was recorded, or aborted before: only the tail may be left
            }
            deleteTail(uploadId);
        } catch (SdkException e) {
            throw new BlobStoreFailed("Cannot abort upload " + uploadId, e);
        }
    }

    private void uploadPart(Ref r, int number, byte[] buffer, int length) {
        try {
            s3.uploadPart(
                    b -> b.bucket(bucket).key(r.key()).uploadId(r.s3Upload()).partNumber(number),
                    RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length));
        } catch (SdkException e) {
            throw new BlobStoreFailed("Cannot store part " + number + " of " + r.key(), e);
        }
    }

    private int readTail(String uploadId, int expected, byte[] buffer) {
        if (expected == 0) {
            return 0;
        }
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(tailKey(uploadId)))) {
            int n = in.readNBytes(buffer, 0, expected);
            if (n != expected) {
                throw new BlobStoreFailed("The staged tail of upload " + uploadId + " is shorter than recorded", null);
            }
            return n;
        } catch (NoSuchKeyException e) {
            throw new BlobStoreFailed("The staged tail of upload " + uploadId + " is missing", e);
        } catch (IOException | SdkException e) {
            throw new BlobStoreFailed("Cannot read the staged tail of upload " + uploadId, e);
        }
    }

    private void writeTail(String uploadId, byte[] buffer, int length) {
        try {
            if (length == 0) {
                deleteTail(uploadId);
                return;
            }
            s3.putObject(
                    b -> b.bucket(bucket).key(tailKey(uploadId)),
                    RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length));
        } catch (SdkException e) {
            throw new BlobStoreFailed("Cannot stage the tail of upload " + uploadId, e);
        }
    }

    private void deleteTail(String uploadId) {
        s3.deleteObject(b -> b.bucket(bucket).key(tailKey(uploadId)));
    }

    private static String tailKey(String uploadId) {
        return BlobKeys.check("staging/" + uploadId + "/tail");
    }

    private static CompletedPart completed(Part part) {
        return CompletedPart.builder()
                .partNumber(part.partNumber())
                .eTag(part.eTag())
                .build();
    }

    private record Ref(String key, String s3Upload) {
        static Ref parse(String ref) {
            int bar = ref.lastIndexOf('|');
            return new Ref(ref.substring(0, bar), ref.substring(bar + 1));
        }
    }
}
