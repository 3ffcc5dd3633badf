package org.kepu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.upload.UploadRejected;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

/** Domain refusals are worded in the language of the request, Chinese when it asks for none. */
class TextsTests {

    private static final Locale MONGOLIAN = Locale.forLanguageTag("mn");

    private final Texts texts = new Texts(messages());

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRefusalIsChineseForAChineseRequestAndMongolianForAMongolianOne() {
        UploadRejected refused = new UploadRejected("upload.too-large", 2048);

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.of(refused)).isEqualTo("文件太大：单个文件不能超过 2048 MB。");

        LocaleContextHolder.setLocale(MONGOLIAN);
        assertThat(texts.of(refused))
                .contains("2048")
                .containsPattern("[\\x{1800}-\\x{18AF}]")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aFormErrorKeepsTheFieldTheCodeAndTheRequestsWording() {
        LocaleContextHolder.setLocale(MONGOLIAN);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form(null), "form");

        texts.reject(errors, "title", ContestRuleBroken.at("title", "contest.entry.title"));

        assertThat(errors.getFieldError("title").getCode()).isEqualTo("contest.entry.title");
        assertThat(errors.getFieldError("title").getDefaultMessage()).containsPattern("[\\x{1800}-\\x{18AF}]");
    }

    @Test
    void anUnknownCodeShowsItselfInsteadOfFailingThePage() {
        assertThat(texts.of(new ContestRuleBroken("contest.no-such-rule"))).isEqualTo("contest.no-such-rule");
    }

    @Test
    void domainCodesAreNotAlsoPortalKeys() throws IOException {
        Properties domain = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("i18n/domain.properties"), StandardCharsets.UTF_8)) {
            domain.load(reader);
        }
        Set<String> portal = new HashSet<>();
        try (Stream<Path> bundles = Files.walk(Path.of("src/main/resources"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")
                            && !p.getFileName().toString().contains("_"))
                    .toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                portal.addAll(properties.stringPropertyNames());
            }
        }
        assertThat(domain.stringPropertyNames()).isNotEmpty().doesNotContainAnyElementsOf(portal);
    }

    record Form(String title) {}

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/domain");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
