package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The contract against a real S3 endpoint (S3Mock), plus what only S3 does: multipart uploads,
 * aborted uploads, listing pages and presigned URLs. Each test gets a bucket of its own.
 */
class S3BlobStoreTests extends BlobStoreContract {

    @RegisterExtension
    static final S3MockExtension s3mock = new S3MockExtension();

    /** The smallest part S3 accepts, so that a few MiB make a multipart upload. */
    private static final int PART = (int) S3Settings.MIN_PART_SIZE.toBytes();

    private static final AtomicInteger buckets = new AtomicInteger();

    private final S3Requests requests = new S3Requests();
    private S3Settings settings;
    private S3Client client;

    @Override
    protected BlobStore createStore() {
        settings = s3mock.server()
                .settings("kepu-test-" + buckets.incrementAndGet())
                .withPartSize(DataSize.ofBytes(PART))
                .withCreateBucketIfMissing(true);
        client = S3Clients.clientBuilder(settings)
                .overrideConfiguration(o -> o.addExecutionInterceptor(requests))
                .build();
        S3BlobStore store = new S3BlobStore(client, S3Clients.presigner(settings), settings);
        store.requireBucket(settings);
        requests.reset();
        return store;
    }

    @Override
    protected boolean presignsUrls() {
        return true;
    }

    @Test
    void uploadsALargeStreamInPartsWithoutKnowingItsLength() throws Exception {
        long size = 20L << 20;

        store().put("uploads/big/source.mp4", new GeneratedStream(size, 7), "video/mp4");

        assertThat(requests.count("UploadPartRequest")).isEqualTo(4);
        assertThat(requests.count("CompleteMultipartUploadRequest")).isEqualTo(1);
        assertThat(requests.count("PutObjectRequest")).isZero();
        assertThat(store().stat("uploads/big/source.mp4")).get().satisfies(info -> {
            assertThat(info.size()).isEqualTo(size);
            assertThat(info.contentType()).isEqualTo("video/mp4");
        });
        try (InputStream in = store().open("uploads/big/source.mp4")) {
            assertThat(sha256(in)).isEqualTo(sha256(new GeneratedStream(size, 7)));
        }
    }

    @Test
    void sendsAStreamOfAtMostOnePartInOnePut() {
        store().put("parts/exact.bin", new GeneratedStream(PART, 1), "application/octet-stream");
        store().put("parts/small.bin", new GeneratedStream(1000, 2), "application/octet-stream");

        assertThat(requests.count("PutObjectRequest")).isEqualTo(2);
        assertThat(requests.count("CreateMultipartUploadRequest")).isZero();
        assertThat(store().stat("parts/exact.bin"))
                .get()
                .extracting(BlobInfo::size)
                .isEqualTo((long) PART);
    }

    @Test
    void sendsOneByteMoreThanAPartInTwoParts() throws Exception {
        store().put("parts/over.bin", new GeneratedStream(PART + 1L, 3), "application/octet-stream");

        assertThat(requests.count("UploadPartRequest")).isEqualTo(2);
        try (InputStream in = store().open("parts/over.bin")) {
            assertThat(sha256(in)).isEqualTo(sha256(new GeneratedStream(PART + 1L, 3)));
        }
    }

    @Test
    void sendsASmallFileInOnePutAndALargeOneInParts() throws Exception {
        Path small = temp.resolve("poster.jpg");
        Path large = temp.resolve("source.mp4");
        try (InputStream in = new GeneratedStream(PART + 100L, 9)) {
            Files.copy(in, large);
        }
        Files.writeString(small, "海报");

        store().put("files/poster.jpg", small, "image/jpeg");
        store().put("files/source.mp4", large, "video/mp4");

        assertThat(requests.count("PutObjectRequest")).isEqualTo(1);
        assertThat(requests.count("UploadPartRequest")).isEqualTo(2);
        Path copy = temp.resolve("copy.mp4");
        store().copyTo("files/source.mp4", copy);
        assertThat(Files.mismatch(copy, large)).isEqualTo(-1L);
    }

    @Test
    void anUploadThatFailsMidStreamLeavesNoObjectAndNoParts() {
        InputStream breaking = new GeneratedStream(20L << 20, 4).failingAfter(12L << 20);

        assertThatThrownBy(() -> store().put("uploads/broken/source.mp4", breaking, "video/mp4"))
                .isInstanceOf(BlobStoreFailed.class)
                .hasMessageContaining("uploads/broken/source.mp4");

        assertThat(requests.count("UploadPartRequest"))
                .as("parts sent before the failure")
                .isEqualTo(2);
        assertThat(requests.count("AbortMultipartUploadRequest")).isEqualTo(1);
        assertThat(store().exists("uploads/broken/source.mp4")).isFalse();
        assertThat(client.listMultipartUploads(b -> b.bucket(settings.bucket())).uploads())
                .isEmpty();
    }

    // No test here that a failed multipart upload over an existing key keeps the previous object:
    // S3 and MinIO do (an object changes only on CompleteMultipartUpload), but S3Mock 4.7.0's
    // AbortMultipartUpload removes the key from the bucket. The contract tests the single-part case.

    @Test
    void aShortStreamThatFailsWritesNothing() {
        InputStream breaking = new GeneratedStream(1000, 6).failingAfter(500);

        assertThatThrownBy(() -> store().put("uploads/short.bin", breaking, "application/octet-stream"))
                .isInstanceOf(BlobStoreFailed.class);
        assertThat(requests.count("PutObjectRequest")).isZero();
        assertThat(store().exists("uploads/short.bin")).isFalse();
    }

    @Test
    void readsRangesAcrossPartBoundaries() throws IOException {
        long size = 2L * PART + 10;
        store().put("range/parts.bin", new GeneratedStream(size, 8), "application/octet-stream");
        byte[] all;
        try (InputStream in = new GeneratedStream(size, 8)) {
            all = in.readAllBytes();
        }

        for (long offset : new long[] {0, PART - 3, PART, 2L * PART - 1, size - 4}) {
            try (InputStream in = store().open("range/parts.bin", offset, 8)) {
                int length = (int) Math.min(8, size - offset);
                byte[] expected = new byte[length];
                System.arraycopy(all, (int) offset, expected, 0, length);
                assertThat(in.readAllBytes()).as("at %d", offset).isEqualTo(expected);
            }
        }
    }

    /** A body closed early is aborted, not drained, and gives its connection back to the pool. */
    @Test
    void readersThatStopEarlyLeaveTheStoreWorking() throws IOException {
        store().put("videos/6/source.mp4", new GeneratedStream(PART + 1L, 10), "video/mp4");

        for (int i = 0; i < 60; i++) {
            try (InputStream in = store().open("videos/6/source.mp4")) {
                assertThat(in.readNBytes(10)).hasSize(10);
            }
            try (InputStream in = store().open("videos/6/source.mp4", 1000, 1_000_000)) {
                assertThat(in.readNBytes(10)).hasSize(10);
            }
        }

        assertThat(store().isUsable()).isTrue();
    }

    @Test
    void deletesMoreKeysThanOneListingPageHolds() throws Exception {
        int count = 1001;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> puts = new ArrayList<>();
            IntStream.range(0, count)
                    .forEach(i -> puts.add(pool.submit(() ->
                            store().put("videos/5/hls/seg-%04d.ts".formatted(i), stream("段" + i), "video/mp2t"))));
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pool.shutdownNow();
        }
        store().put("videos/50/poster.jpg", stream("邻居"), "image/jpeg");
        requests.reset();

        store().deleteAll("videos/5");

        assertThat(requests.count("ListObjectsV2Request")).isEqualTo(2);
        assertThat(requests.count("DeleteObjectsRequest")).isEqualTo(2);
        assertThat(client.listObjectsV2(b -> b.bucket(settings.bucket()).prefix("videos/5/"))
                        .keyCount())
                .isZero();
        assertThat(store().exists("videos/50/poster.jpg")).isTrue();
    }

    @Test
    void presignedUrlsAnswerRangeRequestsWithThePlainHttpClient() throws Exception {
        store().put("videos/9/index.m3u8", stream("#EXTM3U\n#EXT-X-VERSION:3\n"), "application/vnd.apple.mpegurl");
        URI url = store().presignedUrl("videos/9/index.m3u8", Duration.ofMinutes(10))
                .orElseThrow();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url).header("Range", "bytes=0-6").build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPath()).isEqualTo("/" + settings.bucket() + "/videos/9/index.m3u8");
        assertThat(url.getQuery()).contains("X-Amz-Signature=", "X-Amz-Expires=600");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo("#EXTM3U");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.apple.mpegurl");
    }

    @Test
    void presignedUrlsUseThePublicEndpoint() {
        S3Settings behindProxy = new S3Settings(
                settings.endpoint(),
                URI.create("https://media.example.org"),
                settings.region(),
                settings.bucket(),
                settings.accessKey(),
                settings.secretKey(),
                true,
                settings.partSize(),
                false);
        try (S3BlobStore store = S3BlobStore.create(behindProxy)) {
            URI url = store.presignedUrl("videos/1/poster.jpg", Duration.ofHours(1))
                    .orElseThrow();

            assertThat(url.toString())
                    .startsWith("https://media.example.org/" + settings.bucket() + "/videos/1/poster.jpg?");
        }
    }

    @Test
    void refusesPresignedUrlsThatNeverOrTooLateExpire() {
        assertThatThrownBy(() -> store().presignedUrl("a/b.jpg", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().presignedUrl("a/b.jpg", Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isNotUsableWhenTheBucketIsGone() {
        client.deleteBucket(b -> b.bucket(settings.bucket()));

        assertThat(store().isUsable()).isFalse();
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
