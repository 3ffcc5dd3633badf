package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/** Resumable uploads into a real S3 endpoint (S3Mock), with the smallest part S3 allows. */
class S3UploadStorageTests extends UploadStorageContract {

    @RegisterExtension
    static final S3MockExtension s3mock = new S3MockExtension();

    private static final AtomicInteger buckets = new AtomicInteger();

    private final S3Requests requests = new S3Requests();
    private S3Client client;
    private S3BlobStore blobs;
    private S3UploadStorage storage;

    @BeforeEach
    void setUp() {
        S3Settings settings = s3mock.server()
                .settings("kepu-uploads-" + buckets.incrementAndGet())
                .withPartSize(S3Settings.MIN_PART_SIZE)
                .withCreateBucketIfMissing(true);
        client = S3Clients.clientBuilder(settings)
                .overrideConfiguration(o -> o.addExecutionInterceptor(requests))
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
}
