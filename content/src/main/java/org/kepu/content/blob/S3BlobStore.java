package org.kepu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs as objects in one S3 bucket (AWS S3, MinIO or any S3-compatible service), keys as object
 * keys. Uploads stream part by part ({@link S3StreamUpload}); reads stream from the response.
 */
class S3BlobStore implements BlobStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

    /** Health checks poll this; a hanging endpoint must not hang them. */
    private static final Duration USABLE_TIMEOUT = Duration.ofSeconds(3);

    /** The longest validity of a SigV4 presigned URL. */
    private static final Duration MAX_PRESIGNED_TTL = Duration.ofDays(7);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final int partSize;

    S3BlobStore(S3Client s3, S3Presigner presigner, S3Settings settings) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = settings.bucket();
        this.partSize = settings.partSizeBytes();
    }

    static S3BlobStore create(S3Settings settings) {
        return new S3BlobStore(S3Clients.clientBuilder(settings).build(), S3Clients.presigner(settings), settings);
    }

    @Override
    public void put(String key, InputStream content, String contentType) {
        new S3StreamUpload(s3, bucket, BlobKeys.check(key), contentType, partSize).upload(content);
    }

    /** A file of at most one part goes in one PUT straight from disk; a larger one part by part. */
    @Override
    public void put(String key, Path file, String contentType) {
        BlobKeys.check(key);
        try {
            if (Files.size(file) <= partSize) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                put(key, in, contentType);
            }
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read " + file, e);
        } catch (SdkException e) {
            throw failed("write", key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        BlobKeys.check(key);
        try {
            return new S3ObjectStream(s3.getObject(b -> b.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            throw new BlobNotFound(key);
        } catch (SdkException e) {
            throw failed("read", key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        BlobKeys.check(key);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("Invalid range of blob " + key + ": " + offset + "+" + length);
        }
        if (length == 0) {
            if (!exists(key)) {
                throw new BlobNotFound(key);
            }
            return InputStream.nullInputStream();
        }
        String last = length > Long.MAX_VALUE - offset ? "" : String.valueOf(offset + length - 1);
        try {
            return new S3ObjectStream(
                    s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=" + offset + "-" + last)));
        } catch (NoSuchKeyException e) {
            throw new BlobNotFound(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return InputStream.nullInputStream(); // the range starts at or past the end
            }
            throw failed("read", key, e);
        } catch (SdkException e) {
            throw failed("read", key, e);
        }
    }

    @Override
    public Optional<BlobInfo> stat(String key) {
        BlobKeys.check(key);
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
            String type = head.contentType() == null ? MediaTypes.guess(key) : head.contentType();
            return Optional.of(new BlobInfo(key, head.contentLength(), type));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty(); // a HEAD answer has no body, so NoSuchKey is just a 404
            }
            throw failed("stat", key, e);
        } catch (SdkException e) {
            throw failed("stat", key, e);
        }
    }

    /** Streams into a temporary file beside the target and moves it into place when complete. */
    @Override
    public void copyTo(String key, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try (InputStream in = open(key)) {
            Path temp = Files.createTempFile(folder, ".download-", ".tmp");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot copy blob " + key + " from S3 bucket " + bucket + " to " + target, e);
        }
    }

    @Override
    public void delete(String key) {
        BlobKeys.check(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failed("delete", key, e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        new S3PrefixDeletion(s3, bucket, BlobKeys.check(prefix)).run();
    }

    /** A HeadBucket request with a short timeout: reachable, bucket there, credentials accepted. */
    @Override
    public boolean isUsable() {
        try {
            s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(o -> o.apiCallTimeout(USABLE_TIMEOUT)));
            return true;
        } catch (SdkException e) {
            log.warn("S3 bucket {} is not usable: {}", bucket, e.getMessage());
            return false;
        }
    }

    @Override
    public Optional<URI> presignedUrl(String key, Duration ttl) {
        BlobKeys.check(key);
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_PRESIGNED_TTL) > 0) {
            throw new IllegalArgumentException("A presigned URL lives between 1 s and 7 days, not " + ttl);
        }
        try {
            URI url = URI.create(presigner
                    .presignGetObject(p -> p.signatureDuration(ttl)
                            .getObjectRequest(g -> g.bucket(bucket).key(key)))
                    .url()
                    .toExternalForm());
            return Optional.of(url);
        } catch (SdkException e) {
            throw failed("presign", key, e);
        }
    }

    /** Checks at start-up that the bucket exists, creating it if allowed. */
    void requireBucket(S3Settings settings) {
        new S3BucketCheck(s3, settings).run();
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    private BlobStoreFailed failed(String action, String key, SdkException e) {
        return new BlobStoreFailed(
                "Cannot " + action + " blob " + key + " in S3 bucket " + bucket + ": " + e.getMessage(), e);
    }
}
