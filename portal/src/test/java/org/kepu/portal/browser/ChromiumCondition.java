package org.kepu.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether the browser tests run. A condition and not {@code assumeTrue}: it is evaluated
 * before the Spring context starts, and in CI it keeps the tests enabled so that a missing browser
 * fails them in {@link #beforeAll} instead of skipping them.
 */
final class ChromiumCondition implements ExecutionCondition, BeforeAllCallback {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final boolean ci;
    private final List<Path> executables;

    ChromiumCondition() {
        this("true".equalsIgnoreCase(System.getenv("CI")), BROWSER, DRIVER);
    }

    ChromiumCondition(boolean ci, Path... executables) {
        this.ci = ci;
        this.executables = List.of(executables);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (ci) {
            return ConditionEvaluationResult.enabled("CI=true: a missing browser fails the browser tests");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing
                + " not found (install the Debian packages chromium and chromium-driver)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<Path> missing = missing();
        if (!missing.isEmpty()) {
            throw new ChromiumMissing(missing);
        }
    }

    private List<Path> missing() {
        return executables.stream().filter(path -> !Files.isExecutable(path)).toList();
    }

    /** Only reached in CI, where the browser tests must not be skipped. */
    static final class ChromiumMissing extends IllegalStateException {

        ChromiumMissing(List<Path> missing) {
            super("CI=true but " + missing + " not found: install the Debian packages chromium and chromium-driver");
        }
    }
}
