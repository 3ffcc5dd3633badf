package org.kepu.portal.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin use of {@code /api/v1} by browser clients of other sites (e.g. the official
 * tus-js-client), for the listed origins only. The API authenticates with an Authorization header
 * the client sets itself, never with cookies, so credentials mode stays off: a browser never sends
 * the portal's cookies to the API on behalf of another origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiCors.ApiCorsSettings.class)
class ApiCors {

    /**
     * @param allowedOrigins origins (scheme, host and port, e.g. {@code https://kepu.example.cn}) whose
     *     pages may call the API; none by default
     * @param maxAge how long a browser may reuse a preflight answer
     */
    @ConfigurationProperties("kepu.api.cors")
    record ApiCorsSettings(
            List<String> allowedOrigins,
            @DefaultValue("30m") Duration maxAge) {

        ApiCorsSettings {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
            for (String origin : allowedOrigins) {
                if (origin.contains("*") || !origin.matches("https?://[^/]+")) {
                    throw new IllegalArgumentException(
                            "kepu.api.cors.allowed-origins takes exact origins such as https://kepu.example.cn, not "
                                    + origin);
                }
            }
        }
    }

    /** What a tus client sends and must read (tus 1.0 core, creation, termination). */
    private static final List<String> REQUEST_HEADERS = List.of(
            "Authorization",
            "Content-Type",
            "Tus-Resumable",
            "Upload-Length",
            "Upload-Offset",
            "Upload-Metadata",
            "Upload-Defer-Length",
            "Upload-Concat",
            "X-HTTP-Method-Override",
            "X-Requested-With");

    private static final List<String> EXPOSED_HEADERS = List.of(
            "Location",
            "Upload-Offset",
            "Upload-Length",
            "Upload-Metadata",
            "Upload-Expires",
            "Upload-Defer-Length",
            "Upload-Concat",
            "Tus-Resumable",
            "Tus-Version",
            "Tus-Extension",
            "Tus-Max-Size",
            "Tus-Checksum-Algorithm");

    static CorsConfigurationSource source(ApiCorsSettings settings) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(settings.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"));
        api.setAllowedHeaders(REQUEST_HEADERS);
        api.setExposedHeaders(EXPOSED_HEADERS);
        api.setAllowCredentials(false);
        api.setMaxAge(settings.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/**", api);
        return source;
    }
}
