package org.kepu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.EntryField;
import org.kepu.content.registration.RegistrationRefused;
import org.kepu.content.upload.UploadRejected;
import org.kepu.content.video.CaptionProblem;
import org.kepu.content.video.InvalidCaption;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The domain bundle has every code the code throws, and a Mongolian beside the Chinese. */
class DomainMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Locale MONGOLIAN = Locale.forLanguageTag("mn");
    // where a refusal is made: new ContestRuleBroken(, ContestRuleBroken.at(, new UploadRejected(, ...
    private static final Pattern REFUSAL =
            Pattern.compile("(?:new \\w+(?:RuleBroken|Rejected|Refused)|RuleBroken\\.at)\\(");
    // a message code: "contest.entry.title", or a prefix the code completes ("contest.entry.required.")
    private static final Pattern CODE = Pattern.compile("\"([a-z]+\\.[a-z][\\w.-]*)\"");
    // a registration problem: "NOT_BOUND"
    private static final Pattern PROBLEM = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MONGOLIAN_SCRIPT = Pattern.compile("[\\x{1800}-\\x{18AF}]");

    private final ResourceBundleMessageSource messages = DomainTexts.messages();

    @Test
    void everyCodeTheDomainThrowsIsInTheChineseBundle() throws IOException {
        Properties chinese = load("domain.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String key : codesIn(Files.readString(source))) {
                    boolean known = key.endsWith(".")
                            ? chinese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : chinese.containsKey(key);
                    if (!known) {
                        missing.add(SOURCES.relativize(source) + ": " + key);
                    }
                }
            }
        }
        for (EntryField field : EntryField.values()) {
            if (!chinese.containsKey("contest.entry.required." + field.name())) {
                missing.add("EntryField." + field);
            }
        }
        for (String tracks : List.of("groups", "categories")) {
            for (String problem : List.of(".missing", ".invalid")) {
                if (!chinese.containsKey("contest.definition." + tracks + problem)) {
                    missing.add("contest.definition." + tracks + problem);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aRefusalReadsInChineseByDefaultAndInMongolianWhenAsked() {
        ContestRuleBroken tooMany = new ContestRuleBroken("contest.entry.too-many", 1);

        assertThat(messages.getMessage(tooMany, Locale.SIMPLIFIED_CHINESE)).isEqualTo("本赛事每人最多提交 1 件作品");
        assertThat(messages.getMessage(tooMany, Locale.ROOT)).isEqualTo("本赛事每人最多提交 1 件作品");
        String mongolian = messages.getMessage(tooMany, MONGOLIAN);
        assertThat(mongolian).contains(" 1 ").containsPattern(MONGOLIAN_SCRIPT).doesNotContainPattern(HAN);
        assertThat(tooMany.getMessage()).isEqualTo("contest.entry.too-many [1]");
    }

    @Test
    void uploadAndRegistrationRefusalsReadInMongolianToo() {
        assertThat(messages.getMessage(new UploadRejected("upload.too-large", 2048), MONGOLIAN))
                .contains("2048")
                .containsPattern(MONGOLIAN_SCRIPT);
        assertThat(messages.getMessage(new RegistrationRefused("NOT_BOUND"), MONGOLIAN))
                .containsPattern(MONGOLIAN_SCRIPT)
                .doesNotContainPattern(HAN);
        assertThat(messages.getMessage(new RegistrationRefused("NOT_BOUND"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("您的账号尚未绑定乡镇，请联系管理员绑定后再填报。");
    }

    @Test
    void aCaptionSummaryWordsEachProblemAfterItsPlace() {
        InvalidCaption invalid = new InvalidCaption(List.of(
                new CaptionProblem(1, 2, "video.caption.no-text", List.of()),
                new CaptionProblem(3, null, "video.caption.text-too-long", List.of("200"))));

        assertThat(messages.getMessage(invalid, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("字幕文件有 2 处问题：第 1 条（第 2 行）：这一条没有文字。；第 3 条：这一条文字太长（不能超过 200 字），请拆成几条。");
        assertThat(messages.getMessage(invalid, MONGOLIAN))
                .contains("200")
                .containsPattern(MONGOLIAN_SCRIPT)
                .doesNotContainPattern(HAN);
    }

    @Test
    void aKeyWithoutMongolianFallsBackToChinese() {
        assertThat(messages.getMessage("contest.definition.rubric-total", null, MONGOLIAN))
                .isEqualTo("评分标准的权重合计须为 100");
    }

    @Test
    void theMongolianBundleIsMongolianAndOnlyTranslatesKnownKeys() throws IOException {
        Properties chinese = load("domain.properties");
        Properties mongolian = load("domain_mn.properties");
        assertThat(mongolian).isNotEmpty();
        assertThat(chinese.keySet()).containsAll(mongolian.keySet());
        for (String key : mongolian.stringPropertyNames()) {
            assertThat(mongolian.getProperty(key))
                    .as(key)
                    .doesNotContainPattern(HAN)
                    .containsPattern(MONGOLIAN_SCRIPT);
        }
        assertThat(Files.readString(BUNDLES.resolve("domain_mn.properties"))).doesNotContainPattern(HAN);
    }

    /** The codes named in the arguments of each refusal made in this source. */
    private static List<String> codesIn(String source) {
        List<String> codes = new ArrayList<>();
        Matcher refusal = REFUSAL.matcher(source);
        while (refusal.find()) {
            int depth = 1;
            int end = refusal.end();
            while (depth > 0 && end < source.length()) {
                char c = source.charAt(end++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            String arguments = source.substring(refusal.end(), end);
            Matcher code = CODE.matcher(arguments);
            while (code.find()) {
                codes.add(code.group(1));
            }
            Matcher problem = PROBLEM.matcher(arguments);
            while (refusal.group().contains("RegistrationRefused") && problem.find()) {
                codes.add(RegistrationRefused.MESSAGES + problem.group(1));
            }
        }
        return codes;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
