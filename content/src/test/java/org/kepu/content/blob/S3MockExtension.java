package org.kepu.content.blob;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives tests a real S3 endpoint: starts {@link S3MockServer} once per test JVM, shared by every
 * test class that registers this extension, and stops it when all tests are done (JUnit closes
 * what the root store holds). Never skips: a missing jar or a failed start fails the tests, in CI
 * and locally alike, because the jar comes with the Maven build.
 *
 * <pre>{@code @RegisterExtension static final S3MockExtension s3mock = new S3MockExtension();}</pre>
 */
final class S3MockExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(S3MockExtension.class);

    private S3MockServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(S3MockServer.class, type -> S3MockServer.start(), S3MockServer.class);
    }

    S3MockServer server() {
        if (server == null) {
            throw new IllegalStateException("Register S3MockExtension as a static field with @RegisterExtension");
        }
        return server;
    }
}
