package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** A path on this site to return to; anything else (another host, a scheme, odd characters) becomes the home page. */
public final class LocalPath {

    private LocalPath() {}

    /** This request's path within the site (without a language prefix) and its query, where switches return to. */
    public static String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return "/";
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return "/";
            }
            // percent-encoded, so a Location header never carries raw non-ASCII characters
            String local = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            return new URI(local).toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
