package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.s3.S3Client;

/** Which store {@code kepu.blobs.*} selects, and that a misconfigured S3 store stops the start. */
class BlobStoreConfigurationTests {

    @RegisterExtension
    static final S3MockExtension s3mock = new S3MockExtension();

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(BlobStoreConfiguration.class);

    @Test
    void usesTheFolderByDefault() {
        runner.withPropertyValues("kepu.blobs.folder=target/config-tests/blobs")
                .run(context -> assertThat(context).getBean(BlobStore.class).isInstanceOf(FolderBlobStore.class));
    }

    @Test
    void refusesAnUnknownStore() {
        runner.withPropertyValues("kepu.blobs.store=ftp")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("kepu.blobs.store must be folder or s3"));
    }

    @Test
    void usesAnExistingS3Bucket() {
        String bucket = "kepu-config-existing";
        try (S3Client client =
                S3Clients.clientBuilder(s3mock.server().settings(bucket)).build()) {
            client.createBucket(b -> b.bucket(bucket));
        }

        runner.withPropertyValues(s3Properties(bucket)).run(context -> {
            BlobStore store = context.getBean(BlobStore.class);
            assertThat(store).isInstanceOf(S3BlobStore.class);
            assertThat(store.isUsable()).isTrue();
        });
    }

    @Test
    void failsToStartWhenTheBucketIsMissing() {
        runner.withPropertyValues(s3Properties("kepu-config-missing"))
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("S3 bucket 'kepu-config-missing' at "
                                + s3mock.server().endpoint()
                                + " does not exist; create it, or set kepu.blobs.s3.create-bucket-if-missing=true"));
    }

    @Test
    void createsTheBucketWhenAllowed() {
        runner.withPropertyValues(s3Properties("kepu-config-created"))
                .withPropertyValues("kepu.blobs.s3.create-bucket-if-missing=true")
                .run(context -> {
                    BlobStore store = context.getBean(BlobStore.class);
                    store.put("a/b.txt", BlobStoreContract.stream("新建"), "text/plain");
                    assertThat(store.exists("a/b.txt")).isTrue();
                });
    }

    @Test
    void failsToStartWhenTheEndpointIsDown() throws IOException {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort());

        runner.withPropertyValues(
                        "kepu.blobs.store=s3",
                        "kepu.blobs.s3.endpoint=" + nowhere,
                        "kepu.blobs.s3.bucket=kepu",
                        "kepu.blobs.s3.access-key=a",
                        "kepu.blobs.s3.secret-key=b")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("S3 bucket 'kepu' at " + nowhere + " cannot be reached"));
    }

    @Test
    void isNotUsableWhileTheEndpointIsDown() throws IOException {
        S3Settings settings = S3Settings.of(URI.create("http://127.0.0.1:" + closedPort()), "kepu", "a", "b");
        try (S3BlobStore store = S3BlobStore.create(settings)) {
            assertThat(store.isUsable()).isFalse();
        }
    }

    @Test
    void needsABucketAndBothKeysOrNone() {
        runner.withPropertyValues("kepu.blobs.store=s3")
                .run(context ->
                        assertThat(context).getFailure().hasStackTraceContaining("kepu.blobs.s3.bucket is required"));
        runner.withPropertyValues("kepu.blobs.store=s3", "kepu.blobs.s3.bucket=b", "kepu.blobs.s3.access-key=a")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("Set both kepu.blobs.s3.access-key and secret-key, or neither"));
        runner.withPropertyValues("kepu.blobs.store=s3", "kepu.blobs.s3.bucket=b", "kepu.blobs.s3.part-size=1MB")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("kepu.blobs.s3.part-size must be between 5MB and 1GB"));
    }

    @Test
    void keepsTheSecretKeyOutOfToString() {
        S3Settings settings = S3Settings.of(URI.create("http://127.0.0.1:9000"), "kepu", "AKIAKEPU", "wJalrXUtnFEMI");

        assertThat(settings.toString()).contains("AKIAKEPU").doesNotContain("wJalrXUtnFEMI");
    }

    private String[] s3Properties(String bucket) {
        return new String[] {
            "kepu.blobs.store=s3",
            "kepu.blobs.s3.endpoint=" + s3mock.server().endpoint(),
            "kepu.blobs.s3.bucket=" + bucket,
            "kepu.blobs.s3.access-key=kepu-test",
            "kepu.blobs.s3.secret-key=kepu-test-secret"
        };
    }

    /** A loopback port nothing listens on (taken, then released). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
