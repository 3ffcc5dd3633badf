package org.kepu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.ContestPhase;
import org.kepu.content.contest.EntryField;
import org.kepu.content.contest.EntryStatus;

/** Every message key a template names exists in one of the bundles, so no page shows ??key??. */
class MessageKeysTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    // #{key} or #{key(args)}; keys built at run time ('a.' + x) are left out
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)(?=[}(])");

    @Test
    void everyEnumValueATemplateWordsByKeyHasItsKey() throws IOException {
        Properties messages = bundles();
        List<String> keys = new ArrayList<>();
        Stream.of(ColumnKind.values()).forEach(v -> keys.add("column.kind." + v));
        Stream.of(ContestPhase.values()).forEach(v -> keys.add("contest.phase." + v));
        Stream.of(EntryStatus.values()).forEach(v -> keys.add("contest.entry-status." + v));
        Stream.of(Award.values()).forEach(v -> keys.add("contest.award." + v));
        Stream.of(EntryField.values()).forEach(v -> keys.add("contest.entry-field." + v));
        assertThat(keys).allMatch(messages::containsKey);
    }

    private static Properties bundles() throws IOException {
        Properties messages = new Properties();
        try (Stream<Path> bundles = Files.walk(RESOURCES)) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")
                            && !p.getFileName().toString().contains("_"))
                    .toList()) {
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        }
        return messages;
    }

    @Test
    void everyKeyInATemplateIsInABundle() throws IOException {
        Properties messages = new Properties();
        try (Stream<Path> bundles = Files.walk(RESOURCES)) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")
                            && !p.getFileName().toString().contains("_"))
                    .toList()) {
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!messages.containsKey(key.group(1))) {
                        missing.add(RESOURCES.resolve("templates").relativize(template) + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(messages).isNotEmpty();
        assertThat(missing).isEmpty();
    }
}
