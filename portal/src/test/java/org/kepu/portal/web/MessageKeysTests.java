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
                messages.putAll(load(bundle));
            }
        }
        return messages;
    }

    @Test
    void everyKeyInATemplateIsInABundle() throws IOException {
        Properties messages = bundles();
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

    /**
     * Each Mongolian text translates a key of its Chinese bundle, is written in the Unicode script (no Han text but
     * the switch's 中文, no legacy private-use code points) and is listed for review in docs/MONGOLIAN.md.
     */
    @Test
    void mongolianTextsTranslateChineseKeysAndAreListedForReview() throws IOException {
        String review = Files.readString(Path.of("../docs/MONGOLIAN.md"));
        List<String> problems = new ArrayList<>();
        int texts = 0;
        for (Path resources : List.of(RESOURCES, Path.of("../content/src/main/resources"))) {
            if (!Files.isDirectory(resources)) {
                continue;
            }
            try (Stream<Path> bundles = Files.walk(resources)) {
                for (Path bundle : bundles.filter(
                                p -> p.getFileName().toString().endsWith("_mn.properties"))
                        .toList()) {
                    Properties chinese = load(bundle.resolveSibling(
                            bundle.getFileName().toString().replace("_mn.properties", ".properties")));
                    Properties mongolian = load(bundle);
                    for (String key : mongolian.stringPropertyNames()) {
                        texts++;
                        String text = mongolian.getProperty(key);
                        if (!chinese.containsKey(key)) {
                            problems.add(bundle.getFileName() + ": " + key + " translates no Chinese text");
                        }
                        if (!key.equals("language.other.name")
                                && text.codePoints()
                                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                            problems.add(bundle.getFileName() + ": " + key + " is Chinese");
                        }
                        if (text.codePoints().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
                            problems.add(bundle.getFileName() + ": " + key + " uses a legacy private-use encoding");
                        }
                        if (!review.contains("`" + key + "` |")) {
                            problems.add(key
                                    + " is missing from docs/MONGOLIAN.md (python3 scripts/i18n/mongolian-terms.py)");
                        }
                    }
                }
            }
        }
        assertThat(texts).isPositive();
        assertThat(problems).isEmpty();
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
