package org.kepu.content.blob;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * S3 blob stores on S3Mock for other modules' tests: the server starts at the first call and stops
 * with the JVM (its shutdown hook). Content's own tests use its S3MockExtension.
 */
public final class S3TestStores {

    private static final AtomicInteger buckets = new AtomicInteger();
    private static S3MockServer server;

    private S3TestStores() {}

    /** A store on a bucket of its own. */
    public static synchronized BlobStore freshBucket(String namePrefix) {
        if (server == null) {
            server = S3MockServer.start();
        }
        S3Settings settings =
                server.settings(namePrefix + "-" + buckets.incrementAndGet()).withCreateBucketIfMissing(true);
        S3BlobStore store = S3BlobStore.create(settings);
        store.requireBucket(settings);
        return store;
    }
}
