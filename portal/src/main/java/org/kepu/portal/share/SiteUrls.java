package org.kepu.portal.share;

import jakarta.servlet.http.HttpServletRequest;
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

    /** The absolute URL of a path of this site, e.g. {@code /articles/7}. */
    public String absolute(String path) {
        return base() + path;
    }

    /** The site's address without a trailing slash. */
    public String base() {
        if (settings.baseUrl() != null) {
            return settings.baseUrl();
        }
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String scheme = request.getScheme();
        return scheme + "://" + PublicHost.of(settings, request).authority(scheme) + request.getContextPath();
    }
}
