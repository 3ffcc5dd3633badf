package org.kepu.portal.share;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public face of the site.
 *
 * @param baseUrl the address readers use (e.g. {@code https://kepu.ejinhoro.gov.cn}), for every
 *     absolute URL the platform writes: canonical links, feeds, the sitemap, robots.txt, QR codes
 *     and the API's media URLs; required when {@code requireBaseUrl} is set (the production profile)
 * @param allowedHosts without a base URL, the host names a request may name in its Host header to
 *     have absolute URLs built from it; any other Host is replaced by {@code localhost}, so a forged
 *     Host never reaches a page, feed or API answer
 * @param requireBaseUrl refuse to start without a base URL (set by the production profile)
 */
@ConfigurationProperties("kepu.site")
public record SiteSettings(
        String baseUrl,
        @DefaultValue({"localhost", "127.0.0.1", "::1"}) List<String> allowedHosts,
        @DefaultValue("false") boolean requireBaseUrl) {

    public SiteSettings {
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
        if (baseUrl == null && requireBaseUrl) {
            throw new IllegalArgumentException(
                    "kepu.site.base-url (KEPU_SITE_BASE_URL) must be set to the public address"
                            + " of the site, e.g. https://kepu.ejinhoro.gov.cn: absolute URLs (canonical links, feeds, sitemap,"
                            + " API media URLs) are never built from a request's Host header in production");
        }
        if (baseUrl != null) {
            URI uri = URI.create(baseUrl);
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                throw new IllegalArgumentException(
                        "kepu.site.base-url must be an absolute http(s) address such as https://kepu.ejinhoro.gov.cn, not "
                                + baseUrl);
            }
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the site is served over TLS (then browsers are told to keep to HTTPS). */
    public boolean isHttps() {
        return baseUrl != null && baseUrl.startsWith("https://");
    }
}
