package org.kepu.content.blob;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bucket of the scale-out blob store ({@code kepu.blobs.store=s3}): AWS S3, MinIO or any
 * S3-compatible service.
 *
 * @param endpoint the service's address, e.g. {@code http://minio:9000}; empty for AWS S3 itself
 * @param publicEndpoint the address browsers reach the service at, for presigned URLs; empty when it
 *     is {@code endpoint}
 * @param region the signing region (MinIO accepts the default)
 * @param bucket the bucket; start-up fails when it does not exist, unless {@code createBucketIfMissing}
 * @param accessKey the access key id; with {@code secretKey}, or both empty for the AWS default chain
 *     (environment, profile, instance or container role). The identity needs {@code s3:GetObject},
 *     {@code PutObject}, {@code DeleteObject}, {@code AbortMultipartUpload} and {@code ListBucket}
 *     (without the latter S3 answers 403 instead of 404 for a missing blob)
 * @param secretKey the secret access key
 * @param pathStyle address buckets as {@code endpoint/bucket/key}, as MinIO needs, rather than as a
 *     host name
 * @param partSize the part size of multipart uploads: streams up to this size go in one PUT, larger
 *     ones part by part, and one upload holds one part in memory; 5MB to 1GB
 * @param createBucketIfMissing create the bucket at start-up instead of failing
 */
@ConfigurationProperties("kepu.blobs.s3")
public record S3Settings(
        URI endpoint,
        URI publicEndpoint,
        @DefaultValue("us-east-1") String region,
        String bucket,
        String accessKey,
        String secretKey,
        @DefaultValue("true") boolean pathStyle,
        @DefaultValue("8MB") DataSize partSize,
        @DefaultValue("false") boolean createBucketIfMissing) {

    /** S3 refuses smaller parts (except the last one). */
    static final DataSize MIN_PART_SIZE = DataSize.ofMegabytes(5);

    /** One part is one array in memory. */
    static final DataSize MAX_PART_SIZE = DataSize.ofGigabytes(1);

    public S3Settings {
        if (isBlank(bucket)) {
            throw new IllegalArgumentException("kepu.blobs.s3.bucket is required when kepu.blobs.store=s3");
        }
        if (isBlank(region)) {
            throw new IllegalArgumentException("kepu.blobs.s3.region must not be empty");
        }
        if (isBlank(accessKey) != isBlank(secretKey)) {
            throw new IllegalArgumentException(
                    "Set both kepu.blobs.s3.access-key and secret-key, or neither (for the AWS default credentials)");
        }
        if (partSize == null || partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.compareTo(MAX_PART_SIZE) > 0) {
            throw new IllegalArgumentException("kepu.blobs.s3.part-size must be between 5MB and 1GB, not " + partSize);
        }
    }

    /** Settings for an S3-compatible endpoint with static credentials and the defaults otherwise. */
    static S3Settings of(URI endpoint, String bucket, String accessKey, String secretKey) {
        return new S3Settings(
                endpoint, null, "us-east-1", bucket, accessKey, secretKey, true, DataSize.ofMegabytes(8), false);
    }

    S3Settings withPartSize(DataSize size) {
        return new S3Settings(
                endpoint, publicEndpoint, region, bucket, accessKey, secretKey, pathStyle, size, createBucketIfMissing);
    }

    S3Settings withCreateBucketIfMissing(boolean create) {
        return new S3Settings(
                endpoint, publicEndpoint, region, bucket, accessKey, secretKey, pathStyle, partSize, create);
    }

    boolean hasStaticCredentials() {
        return !isBlank(accessKey);
    }

    int partSizeBytes() {
        return Math.toIntExact(partSize.toBytes());
    }

    /** Keeps the secret key out of logs and error messages. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=%s, publicEndpoint=%s, region=%s, bucket=%s, accessKey=%s, secretKey=%s, pathStyle=%s, partSize=%s, createBucketIfMissing=%s]"
                .formatted(
                        endpoint,
                        publicEndpoint,
                        region,
                        bucket,
                        accessKey,
                        isBlank(secretKey) ? "" : "******",
                        pathStyle,
                        partSize,
                        createBucketIfMissing);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
