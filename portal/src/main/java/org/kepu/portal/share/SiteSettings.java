package org.kepu.portal.share;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public face of the site.
 *
 * @param baseUrl the address readers use (e.g. {@code https://kepu.ejinhoro.gov.cn}), for canonical
 *     links, feeds, the sitemap and QR codes; without it, the address of the current request
 */
@ConfigurationProperties("kepu.site")
public record SiteSettings(String baseUrl) {}
