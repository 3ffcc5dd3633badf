package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumConditionTests {

    @TempDir
    Path bin;

    @Test
    void runsWhenBrowserAndDriverAreThere() throws IOException {
        var condition = new ChromiumCondition(false, executable("chromium"), executable("chromedriver"));

        assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
        assertThatNoException().isThrownBy(() -> condition.beforeAll(null));
    }

    @Test
    void skipsOnADevelopersMachineWithoutBrowser() throws IOException {
        var condition = new ChromiumCondition(false, bin.resolve("chromium"), executable("chromedriver"));

        var result = condition.evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("chromium").contains("skipped"));
    }

    @Test
    void failsInCiWithoutBrowser() throws IOException {
        var condition = new ChromiumCondition(true, executable("chromium"), bin.resolve("chromedriver"));

        assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
        assertThatThrownBy(() -> condition.beforeAll(null))
                .isInstanceOf(ChromiumCondition.ChromiumMissing.class)
                .hasMessageContaining("chromedriver");
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(
                bin.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
