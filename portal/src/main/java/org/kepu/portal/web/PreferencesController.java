package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 长辈模式 switch and the 字号 buttons without JavaScript: a GET form sets the cookie and returns to the page it
 * came from. A display preference is no state worth a CSRF token (reading one would open a session per visitor).
 */
@Controller
class PreferencesController {

    private static final Duration REMEMBERED = Duration.ofDays(365);

    @GetMapping("/preferences")
    String change(
            @RequestParam(required = false) String elderly,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "/") String back,
            HttpServletResponse response) {
        if (elderly != null) {
            remember(response, ReadingPreferences.ELDERLY, "on".equals(elderly) ? "1" : "0");
        }
        if (text != null) {
            ReadingPreferences.TextSize.of(text)
                    .ifPresent(size -> remember(response, ReadingPreferences.TEXT_SIZE, size.code()));
        }
        return "redirect:" + LocalPath.orHome(back);
    }

    private static void remember(HttpServletResponse response, String name, String value) {
        // readable by site.js, which flips the switch in place when scripts run
        ResponseCookie cookie = ResponseCookie.from(name, value)
                .path("/")
                .maxAge(REMEMBERED)
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
