package org.kepu.portal.share;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sitemap for search engines.
 *
 * @param urlsPerFile the most URLs one sitemap file lists (the protocol allows 50,000); with more,
 *     {@code /sitemap.xml} becomes an index of {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, …
 * @param cacheFor how long a generated sitemap is reused at most; any change on any instance evicts it
 *     sooner (the page generation moves), so this bounds only changes made behind the application's back
 */
@ConfigurationProperties("kepu.sitemap")
record SitemapSettings(
        @DefaultValue("50000") int urlsPerFile,
        @DefaultValue("10m") Duration cacheFor) {

    static final int PROTOCOL_LIMIT = 50_000;

    SitemapSettings {
        if (urlsPerFile < 1 || urlsPerFile > PROTOCOL_LIMIT) {
            throw new IllegalArgumentException(
                    "kepu.sitemap.urls-per-file must be between 1 and " + PROTOCOL_LIMIT + ", not " + urlsPerFile);
        }
    }
}
