package org.kepu.portal.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.kepu.portal.web.LocalPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The language switch: a plain link (no script, no session) that remembers the choice in a cookie
 * and opens the same page in the other language. The cookie only matters at the home page.
 */
@Controller
class LanguageController {

    private static final Duration REMEMBERED = Duration.ofDays(365);

    @GetMapping("/language")
    RedirectView choose(
            @RequestParam String to,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = Language.ofCode(to).orElse(Language.CHINESE);
        ResponseCookie cookie = ResponseCookie.from(LanguagePathFilter.COOKIE, language.code())
                .path("/")
                .maxAge(REMEMBERED)
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // the real context path: the target is in the chosen language, not in the one of this request
        String root = request.getServletContext().getContextPath();
        return new RedirectView(root + language.prefix() + LocalPath.orHome(back), false);
    }
}
