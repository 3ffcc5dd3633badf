package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;

/** Resumable uploads into a real S3 endpoint (S3Mock), with the smallest part S3 allows. */
class S3UploadStorageTests extends UploadStorageContract {

    @RegisterExtension
    static final S3MockExtension s3mock = new S3MockExtension();

    private static final AtomicInteger buckets = new AtomicInteger();

    private final S3Requests requests = new S3Requests();
    private final FailingCompletion failingCompletion = new FailingCompletion();
    private S3Client client;
    private String bucket;
    private S3BlobStore blobs;
    private S3UploadStorage storage;

    @BeforeEach
    void setUp() {
        bucket = "kepu-uploads-" + buckets.incrementAndGet();
        S3Settings settings = s3mock.server()
                .settings(bucket)
                .withPartSize(S3Settings.MIN_PART_SIZE)
                .withCreateBucketIfMissing(true);
        client = S3Clients.clientBuilder(settings)
                .overrideConfiguration(
                        o -> o.addExecutionInterceptor(requests).addExecutionInterceptor(failingCompletion))
                .build();
        blobs = new S3BlobStore(client, S3Clients.presigner(settings), settings);
        blobs.requireBucket(settings);
        storage = new S3UploadStorage(client, settings);
        requests.reset();
    }

    @AfterEach
    void tearDown() {
        blobs.close();
    }

    @Override
    protected UploadStorage storage() {
        return storage;
    }

    @Override
    protected BlobStore blobs() {
        return blobs;
    }

    @Override
    protected boolean holdsStaged(String uploadId, String blobKey) {
        boolean openUpload = client.listMultipartUploads(b -> b.bucket(bucket).prefix(blobKey)).uploads().stream()
                .anyMatch(u -> u.key().equals(blobKey));
        return openUpload || blobs.exists("staging/" + uploadId + "/tail");
    }

    @Override
    protected void failNextCompletion(String blobKey) {
        failingCompletion.failNext = true;
    }

    @Override
    protected void allowCompletion(String blobKey) {
        failingCompletion.failNext = false;
    }

    @Test
    void wholePartsGoToS3AsTheyFillAndNothingTouchesLocalDisk() {
        byte[] data = new byte[(int) DataSize.ofMegabytes(11).toBytes()];
        String ref = storage.begin("partsasfilled0000000001", "uploads/2/parts/source");

        UploadStorage.Stored stored =
                storage.append("partsasfilled0000000001", ref, 0, data.length, new ByteArrayInputStream(data));
        storage.complete("partsasfilled0000000001", stored.ref(), "uploads/2/parts/source");

        assertThat(requests.count("UploadPartRequest")).isEqualTo(3);
        assertThat(blobs.stat("uploads/2/parts/source"))
                .get()
                .extracting(BlobInfo::size)
                .isEqualTo((long) data.length);
        assertThat(blobs.exists("staging/partsasfilled0000000001/tail")).isFalse();
    }

    /** The connection to S3 breaks as the multipart upload is to be completed: S3 never hears of it. */
    private static final class FailingCompletion implements ExecutionInterceptor {

        volatile boolean failNext;

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (failNext && context.request() instanceof CompleteMultipartUploadRequest) {
                failNext = false;
                throw SdkClientException.create("connection reset before completing the upload");
            }
        }
    }
}
