package org.kepu.portal.language;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.kepu.portal.share.SiteUrls;
import org.kepu.portal.web.LocalPath;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The page's language, the switch to the other one and the {@code hreflang} alternates of the layout. */
@ControllerAdvice(annotations = Controller.class)
class LanguageModel {

    private final SiteUrls urls;

    LanguageModel(SiteUrls urls) {
        this.urls = urls;
    }

    @ModelAttribute("lang")
    Language lang(HttpServletRequest request) {
        return Language.of(request);
    }

    /** The same page in the other language, through the switch that remembers the choice. */
    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getServletContext().getContextPath() + "/language")
                .queryParam("to", Language.of(request).other().code())
                .queryParam("back", LocalPath.here(request))
                .encode()
                .build()
                .toUriString();
    }

    /**
     * This page in each language, and Chinese as the default for every other reader; by path, like the canonical
     * links, so no query a visitor made up is repeated in the head.
     */
    @ModelAttribute("alternates")
    List<Alternate> alternates(HttpServletRequest request) {
        String here = request.getRequestURI().substring(request.getContextPath().length());
        return List.of(
                new Alternate(Language.CHINESE.tag(), urls.in(Language.CHINESE, here)),
                new Alternate(Language.MONGOLIAN.tag(), urls.in(Language.MONGOLIAN, here)),
                new Alternate("x-default", urls.in(Language.CHINESE, here)));
    }
}
