package org.kepu.portal.share;

import jakarta.servlet.http.HttpServletRequest;
import org.kepu.portal.language.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one home of the site's public address: every absolute URL the platform writes is made here.
 * With {@code kepu.site.base-url} set (required in production) that address is used; without it
 * (the embedded default) the request's own address when its Host is trusted (see {@link PublicHost}).
 */
@Component
public class SiteUrls {

    private final SiteSettings settings;

    SiteUrls(SiteSettings settings) {
        this.settings = settings;
    }

    /** The absolute URL of a page of this site, e.g. {@code /articles/7}, in the language of the request. */
    public String absolute(String path) {
        return in(language(), path);
    }

    /** The absolute URL of a page in a given language. */
    public String in(Language language, String path) {
        return base() + language.prefix() + path;
    }

    /** The absolute URL of a file (media, images), the same in every language. */
    public String resource(String path) {
        return base() + path;
    }

    /** The site's address without a trailing slash (and without a language). */
    public String base() {
        if (settings.baseUrl() != null) {
            return settings.baseUrl();
        }
        HttpServletRequest request = request();
        String scheme = request.getScheme();
        return scheme + "://" + PublicHost.of(settings, request).authority(scheme)
                + request.getServletContext().getContextPath();
    }

    private static Language language() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Language.of(attributes.getRequest())
                : Language.CHINESE;
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
