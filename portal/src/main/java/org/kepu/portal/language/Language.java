package org.kepu.portal.language;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kepu.portal.web.StaticLinks;

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

    /**
     * The language a request is answered in: its URL's on pages; on the addresses both languages share (the API,
     * media), which have no URL language, the caller's {@code Accept-Language} choice between the two, Chinese
     * when it names neither.
     */
    public static Language reader(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return StaticLinks.isLanguageNeutral(path) ? accepted(request.getHeader("Accept-Language")) : of(request);
    }

    /** The first of the two languages an {@code Accept-Language} header accepts, by its weights; else Chinese. */
    static Language accepted(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("zh", "mn"));
            return "mn".equals(tag) ? MONGOLIAN : CHINESE;
        } catch (IllegalArgumentException e) {
            return CHINESE; // a malformed header chooses nothing
        }
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
