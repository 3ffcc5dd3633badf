package org.kepu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Role;
import org.kepu.content.article.ArticleCorrection;
import org.kepu.content.article.ArticleStatus;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.ContestPhase;
import org.kepu.content.contest.EntryField;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.serviceorder.ServiceOrderStatus;
import org.springframework.context.MessageSourceResolvable;

/**
 * Every message key a template or Java names exists in one of the bundles, so no page shows ??key??, and the texts
 * people read in both languages have their Mongolian.
 */
class MessageKeysTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    // #{key} or #{key(args)}; keys built at run time ('a.' + x) are left out
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)(?=[}(])");

    /** Each enum value's name ({@code labelCode()}) is in a Chinese bundle and has its Mongolian. */
    @Test
    void everyEnumLabelHasItsChineseAndMongolianText() throws IOException {
        Properties chinese = bundles(false);
        Properties mongolian = bundles(true);
        List<MessageSourceResolvable> labels = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                ColumnKind.class,
                ContestPhase.class,
                EntryStatus.class,
                Award.class,
                EntryField.class,
                Role.class,
                ArticleStatus.class,
                ArticleCorrection.Status.class,
                ServiceOrderStatus.class)) {
            Stream.of(type.getEnumConstants())
                    .map(MessageSourceResolvable.class::cast)
                    .forEach(labels::add);
        }
        List<String> codes = labels.stream().map(label -> label.getCodes()[0]).toList();
        assertThat(codes).hasSizeGreaterThan(40).allMatch(chinese::containsKey);
        assertThat(codes).as("without Mongolian").allMatch(mongolian::containsKey);
    }

    /**
     * The codes Java names for texts moved out of it (API and tus refusals, contest rows and dates, SMS) have a
     * Chinese text and a Mongolian one: a typo in a code, or a text left untranslated, fails here.
     */
    @Test
    void everyCodeJavaNamesForTheMovedTextsIsInBothLanguages() throws IOException {
        Properties chinese = bundles(false);
        Properties mongolian = bundles(true);
        Map<Pattern, String> families = Map.of(
                Pattern.compile("\"((?:api\\.(?:refused|token)|contest\\.(?:date|sms))\\.[\\w.-]+)\""), "",
                Pattern.compile("new TusProtocolViolation\\(\"([\\w-]+)\""), "upload.protocol.",
                Pattern.compile("new Problem\\([^,]+, \"([\\w-]+)\""), "contest.row.");
        Set<String> codes = new TreeSet<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../content/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    families.forEach((pattern, prefix) -> {
                        Matcher code = pattern.matcher(source);
                        while (code.find()) {
                            codes.add(prefix + code.group(1));
                        }
                    });
                }
            }
        }
        // the carriers' signature is the one registered, in every language
        codes.remove("contest.sms.signature");

        assertThat(codes).hasSizeGreaterThan(20);
        assertThat(codes).as("missing from the Chinese bundles").allMatch(chinese::containsKey);
        assertThat(codes).as("missing a Mongolian text").allMatch(mongolian::containsKey);
    }

    /** The root (Chinese) bundles of the portal and the domain, or their Mongolian ones. */
    private static Properties bundles(boolean mongolian) throws IOException {
        Properties messages = new Properties();
        for (Path resources : List.of(RESOURCES, Path.of("../content/src/main/resources"))) {
            try (Stream<Path> bundles = Files.walk(resources)) {
                for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")
                                && !p.getFileName().toString().startsWith("application")
                                && p.getFileName().toString().endsWith("_mn.properties") == mongolian
                                && (mongolian || !p.getFileName().toString().contains("_")))
                        .toList()) {
                    messages.putAll(load(bundle));
                }
            }
        }
        return messages;
    }

    private static Properties bundles() throws IOException {
        return bundles(false);
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
     * The pages readers, creators and 信息员 see are complete in Mongolian: every key their templates name has its
     * Mongolian text. Staff pages (the back office, judging, the service desk) stay Chinese for now; they are
     * listed here by name, so a new reader-facing page is checked without being added anywhere.
     */
    @Test
    void everyKeyOnAPageForReadersCreatorsAndInformationOfficersIsInMongolian() throws IOException {
        Pattern staff = Pattern.compile("(admin|editor|indicator|videodesk|workbench)/.*"
                + "|contest/(admin|judge|screening).*|curation/(columns|curate)\\.html|notice/editor\\.html"
                + "|registration/(admin|registrar)\\.html|search/(reindex|synonyms)\\.html|security/tokens\\.html"
                + "|serviceorder/(desk|expert|experts|order|ranking|staff|volunteers|year).*");
        Properties mongolian = bundles(true);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        Path root = RESOURCES.resolve("templates");
        try (Stream<Path> templates = Files.walk(root)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = root.relativize(template).toString().replace('\\', '/');
                if (staff.matcher(name).matches()) {
                    continue;
                }
                checked++;
                Matcher key = KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!mongolian.containsKey(key.group(1))) {
                        missing.add(name + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(checked).as("reader-facing templates").isGreaterThan(30);
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
