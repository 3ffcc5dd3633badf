package org.kepu.content.blob;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The start-up check of the S3 store: fails with a message an operator can act on when the bucket
 * is missing (unless it may be created), the credentials are refused or the endpoint is down.
 */
final class S3BucketCheck {

    private final S3Client s3;
    private final S3Settings settings;

    S3BucketCheck(S3Client s3, S3Settings settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    void run() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw problem(refusal(e.statusCode()), e);
            }
            if (!settings.createBucketIfMissing()) {
                throw problem("does not exist; create it, or set kepu.blobs.s3.create-bucket-if-missing=true", e);
            }
            create();
        } catch (SdkClientException e) {
            throw problem("cannot be reached: " + e.getMessage(), e);
        }
    }

    private void create() {
        CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(settings.bucket());
        if (!Region.US_EAST_1.id().equals(settings.region())) {
            request.createBucketConfiguration(c -> c.locationConstraint(settings.region()));
        }
        try {
            s3.createBucket(request.build());
        } catch (BucketAlreadyOwnedByYouException e) {
            // another instance created it at the same time
        } catch (SdkException e) {
            throw problem("is missing and cannot be created: " + e.getMessage(), e);
        }
    }

    private static String refusal(int status) {
        return switch (status) {
            case 301, 400 -> "answered " + status + ": check kepu.blobs.s3.region and path-style";
            case 403 -> "refused access (403): check kepu.blobs.s3.access-key and secret-key";
            default -> "answered " + status;
        };
    }

    private BlobStoreFailed problem(String what, Exception cause) {
        String where =
                settings.endpoint() == null ? "AWS S3" : settings.endpoint().toString();
        return new BlobStoreFailed("S3 bucket '" + settings.bucket() + "' at " + where + " " + what, cause);
    }
}
