package org.kepu.content.blob;

import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Deletes every object under a prefix: lists it page by page and deletes each page in one batch
 * request. S3's continuation token names the last key listed, so deleting what was listed does not
 * disturb the listing.
 */
final class S3PrefixDeletion {

    /** S3 lists and deletes at most 1000 keys per request, so one page is one batch. */
    private static final int PAGE = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3PrefixDeletion(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    void run() {
        try {
            for (ListObjectsV2Response page : s3.listObjectsV2Paginator(
                    b -> b.bucket(bucket).prefix(prefix + "/").maxKeys(PAGE))) {
                if (page.hasContents() && !page.contents().isEmpty()) {
                    delete(page.contents().stream()
                            .map(o -> ObjectIdentifier.builder().key(o.key()).build())
                            .toList());
                }
            }
        } catch (SdkException e) {
            throw new BlobStoreFailed(
                    "Cannot delete the blobs under " + prefix + " in S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    private void delete(List<ObjectIdentifier> keys) {
        DeleteObjectsResponse response = s3.deleteObjects(
                b -> b.bucket(bucket).delete(d -> d.objects(keys).quiet(true)));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            S3Error first = response.errors().get(0);
            throw new BlobStoreFailed(
                    "Cannot delete %d blobs under %s in S3 bucket %s, e.g. %s: %s %s"
                            .formatted(
                                    response.errors().size(),
                                    prefix,
                                    bucket,
                                    first.key(),
                                    first.code(),
                                    first.message()),
                    null);
        }
    }
}
