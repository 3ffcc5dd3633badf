package org.kepu.portal.share;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses of the site's pages. */
@Component
public class SiteUrls {

    private final SiteSettings settings;

    SiteUrls(SiteSettings settings) {
        this.settings = settings;
    }

    public String absolute(String path) {
        String base = settings.baseUrl() == null || settings.baseUrl().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : settings.baseUrl();
        return base.replaceAll("/+$", "") + path;
    }
}
