package org.kepu.portal.share;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The host and port a request may be said to have been sent to: the base URL's when it is set,
 * otherwise the request's own when its Host header is in {@code kepu.site.allowed-hosts}, otherwise
 * {@code localhost} on the port the connection came in on. Never a Host or X-Forwarded-Host a
 * client made up.
 */
record PublicHost(String host, int port) {

    static PublicHost of(SiteSettings settings, HttpServletRequest request) {
        if (settings.baseUrl() != null) {
            URI base = URI.create(settings.baseUrl());
            int port = base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
            return new PublicHost(base.getHost(), port);
        }
        String host = request.getServerName();
        if (host != null && settings.allowedHosts().contains(bare(host))) {
            return new PublicHost(host, request.getServerPort());
        }
        return new PublicHost("localhost", request.getLocalPort());
    }

    /** {@code host[:port]}, as in a Host header; the port left out when it is the scheme's default. */
    String authority(String scheme) {
        String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return defaultPort ? name : name + ":" + port;
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
