package org.kepu.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a reader wants pages shown on this device: 长辈模式 and the article text size. Kept in cookies, so the
 * server renders the page right from the first byte and the switches work without JavaScript (site.js only
 * spares the reload).
 */
public final class ReadingPreferences {

    static final String ELDERLY = "kepu_elderly";
    static final String TEXT_SIZE = "kepu_text";

    /** The article text sizes, 小/中/大. */
    public enum TextSize {
        SMALL,
        MEDIUM,
        LARGE;

        static Optional<TextSize> of(String value) {
            return Arrays.stream(values())
                    .filter(s -> s.name().equalsIgnoreCase(value))
                    .findFirst();
        }

        /** The value in cookies, links and CSS classes. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ReadingPreferences() {}

    /** Whether 长辈模式 is on for this reader. */
    public static boolean elderly(HttpServletRequest request) {
        return cookie(request, ELDERLY).map("1"::equals).orElse(false);
    }

    /** The article text size this reader chose. */
    public static TextSize textSize(HttpServletRequest request) {
        return cookie(request, TEXT_SIZE).flatMap(TextSize::of).orElse(TextSize.MEDIUM);
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }
}
