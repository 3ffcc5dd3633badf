package org.kepu.portal.language;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's two languages. Chinese lives at the root, Mongolian under {@code /mn}: each language
 * has its own URLs, so search engines and shared links keep it. Mongolian here always means the
 * traditional script (Cyrillic Mongolian is not served): bundles are {@code *_mn.properties}, pages
 * say {@code lang="mn-Mong"}.
 */
public enum Language {
    CHINESE("zh", "zh-CN", "", Locale.SIMPLIFIED_CHINESE),
    MONGOLIAN("mn", "mn-Mong", "/mn", Locale.forLanguageTag("mn"));

    static final String ATTRIBUTE = Language.class.getName();

    private final String code;
    private final String tag;
    private final String prefix;
    private final Locale locale;

    Language(String code, String tag, String prefix, Locale locale) {
        this.code = code;
        this.tag = tag;
        this.prefix = prefix;
        this.locale = locale;
    }

    /** The short code of the API and the index ({@code zh}, {@code mn}). */
    public String code() {
        return code;
    }

    /** The BCP 47 tag of the {@code lang} attribute and {@code hreflang}. */
    public String tag() {
        return tag;
    }

    /** What comes before a site path in this language: empty for Chinese, {@code /mn} for Mongolian. */
    public String prefix() {
        return prefix;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == CHINESE ? MONGOLIAN : CHINESE;
    }

    /** The language of a request: the one its path chose ({@link LanguagePathFilter}), else Chinese. */
    public static Language of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Language language ? language : CHINESE;
    }

    /** {@code zh} or {@code mn}; anything else is empty. */
    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
