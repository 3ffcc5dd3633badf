package org.kepu.portal.security;

import org.kepu.portal.pagecache.PageCacheConfiguration;
import org.kepu.portal.share.SiteSettings;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The security headers of every answer (等保 2.0 level 2), one set per filter chain: pages, media,
 * static files and error pages get the site's content security policy, the JSON API and actuator
 * one that allows nothing. All chains add nosniff, a referrer policy, a permissions policy and
 * frame-ancestors. HSTS: with an {@code https://} base URL (production, TLS ends at the proxy) on
 * every answer; otherwise only on requests that arrived over TLS, so plain-http localhost is never
 * pinned to HTTPS.
 */
@Component
class SecurityHeaders {

    static final String PAGES_POLICY =
            "default-src 'self'; img-src 'self' data:; media-src 'self' blob:; worker-src 'self' blob:;"
                    + " style-src 'self'; script-src 'self'; frame-ancestors 'self'; form-action 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    private final boolean https;

    SecurityHeaders(SiteSettings site) {
        this.https = site.isHttps();
    }

    Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return headers -> common(headers)
                .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                // pages the page cache may keep get their Cache-Control from it; all others are not stored
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> !PageCacheConfiguration.decidesCacheControl(request),
                        new CacheControlHeadersWriter()));
    }

    Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .contentTypeOptions(Customizer.withDefaults());
        if (https) {
            headers.httpStrictTransportSecurity(
                    hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000));
        }
        return headers;
    }
}
