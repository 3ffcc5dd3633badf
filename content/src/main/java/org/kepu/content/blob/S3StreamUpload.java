package org.kepu.content.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Uploads one stream of unknown length with constant memory: one part buffer, nothing on local
 * disk. A stream that fits in one part goes in a single PUT; a longer one in a multipart upload,
 * which is aborted on any failure so that no parts are left behind (S3 would keep and bill them).
 * Either way the object appears whole or not at all, and a failed upload leaves the previous blob
 * under the key untouched.
 */
final class S3StreamUpload {

    /** S3's limit on the parts of one upload. */
    private static final int MAX_PARTS = 10_000;

    /** The buffer starts small and grows to the part size only for streams that long. */
    private static final int FIRST_BUFFER = 64 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String contentType;
    private final int partSize;
    private byte[] part;

    S3StreamUpload(S3Client s3, String bucket, String key, String contentType, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
        this.partSize = partSize;
        this.part = new byte[Math.min(FIRST_BUFFER, partSize)];
    }

    void upload(InputStream content) {
        PushbackInputStream in = new PushbackInputStream(content, 1);
        int length = readPart(in);
        if (length < partSize || atEnd(in)) {
            putWhole(length);
        } else {
            putInParts(in, length);
        }
    }

    private void putWhole(int length) {
        try {
            s3.putObject(
                    b -> b.bucket(bucket).key(key).contentType(contentType),
                    RequestBody.fromContentProvider(() -> partStream(length), length, contentType));
        } catch (SdkException e) {
            throw failed(e);
        }
    }

    private void putInParts(PushbackInputStream in, int firstLength) {
        String uploadId = createMultipartUpload();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int length = firstLength;
            while (length > 0) {
                if (parts.size() == MAX_PARTS) {
                    throw new BlobStoreFailed(
                            "Blob " + key + " is larger than " + MAX_PARTS + " parts of " + partSize + " bytes", null);
                }
                parts.add(uploadPart(uploadId, parts.size() + 1, length));
                length = readPart(in);
            }
            s3.completeMultipartUpload(
                    b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            abort(uploadId, e);
            throw e instanceof SdkException sdk ? failed(sdk) : e;
        }
    }

    private String createMultipartUpload() {
        try {
            return s3.createMultipartUpload(b -> b.bucket(bucket)
                            .key(key)
                            .contentType(contentType)
                            .checksumAlgorithm(ChecksumAlgorithm.CRC32))
                    .uploadId();
        } catch (SdkException e) {
            throw failed(e);
        }
    }

    private CompletedPart uploadPart(String uploadId, int number, int length) {
        UploadPartResponse response = s3.uploadPart(
                b -> b.bucket(bucket)
                        .key(key)
                        .uploadId(uploadId)
                        .partNumber(number)
                        .contentLength((long) length)
                        .checksumAlgorithm(ChecksumAlgorithm.CRC32),
                RequestBody.fromContentProvider(() -> partStream(length), length, "application/octet-stream"));
        return CompletedPart.builder()
                .partNumber(number)
                .eTag(response.eTag())
                .checksumCRC32(response.checksumCRC32())
                .build();
    }

    private void abort(String uploadId, RuntimeException cause) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Reads up to one part into the buffer, growing it on the way; the SDK may read a part more
     * than once (retries), so it is kept until the next one.
     */
    private int readPart(InputStream in) {
        try {
            int length = in.readNBytes(part, 0, part.length);
            while (length == part.length && part.length < partSize) {
                part = Arrays.copyOf(part, Math.min(2 * part.length, partSize));
                length += in.readNBytes(part, length, part.length - length);
            }
            return length;
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read the content of blob " + key, e);
        }
    }

    private boolean atEnd(PushbackInputStream in) {
        try {
            int next = in.read();
            if (next < 0) {
                return true;
            }
            in.unread(next);
            return false;
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read the content of blob " + key, e);
        }
    }

    private InputStream partStream(int length) {
        return new ByteArrayInputStream(part, 0, length);
    }

    private BlobStoreFailed failed(SdkException e) {
        return new BlobStoreFailed("Cannot write blob " + key + " to S3 bucket " + bucket + ": " + e.getMessage(), e);
    }
}
