package org.kepu.content.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

/** No code path can change or remove an audit event or a link of its chain. */
class AuditAppendOnlyTests {

    // SQL that would change or remove rows of audit_event or audit_seal, in any module's main code
    private static final Pattern CHANGING_SQL = Pattern.compile(
            "(?i)(update\\s+audit_|delete\\s+from\\s+audit_|truncate\\s+(table\\s+)?audit_|drop\\s+table\\s+audit_)");

    @Test
    void theRepositoryOnlyReads() {
        assertThat(Repository.class).isAssignableFrom(AuditEventRepository.class);
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class))
                .as("a CrudRepository would bring save (an UPDATE for a known id) and delete")
                .isFalse();
        List<Method> methods = Arrays.asList(AuditEventRepository.class.getMethods());
        assertThat(methods).isNotEmpty().allSatisfy(method -> {
            assertThat(method.getName()).matches("(find|count|exists)By.*|findTop\\d*By.*");
            assertThat(method.isAnnotationPresent(Modifying.class)).isFalse();
        });
    }

    @Test
    void noCodeInAnyModuleUpdatesOrDeletesAuditRows() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offending = new ArrayList<>();
        for (String module : List.of("content", "portal", "media-worker", "search")) {
            Path main = root.resolve(module).resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")
                                || (f.toString().endsWith(".sql")
                                        && !f.getFileName().toString().startsWith("V7__")))
                        .toList()) {
                    if (CHANGING_SQL.matcher(Files.readString(file)).find()) {
                        offending.add(root.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(root.resolve("content/src/main/java/org/kepu/content/audit/AuditLog.java"))
                .exists();
        assertThat(offending).isEmpty();
    }
}
