package org.kepu.portal.signup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a creator goes after signing up: a path of this site only. Anything with a scheme, a host,
 * a protocol-relative {@code //}, a backslash or a control character is refused, so the sign-up page
 * cannot be used to send people elsewhere (an open redirect).
 */
final class ContinueTarget {

    private ContinueTarget() {}

    static Optional<String> of(String candidate) {
        if (candidate == null
                || candidate.isBlank()
                || candidate.length() > 500
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        // back to the sign-up or login page would be a loop
        if (candidate.startsWith("/signup") || candidate.startsWith("/login")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** A saved request's absolute address, as a path, when it points at this site. */
    static Optional<String> ofSaved(String absolute, String scheme, String host, int port) {
        try {
            URI uri = new URI(absolute);
            boolean same = scheme.equalsIgnoreCase(uri.getScheme())
                    && host.equalsIgnoreCase(uri.getHost())
                    && port == (uri.getPort() < 0 ? defaultPort(uri.getScheme()) : uri.getPort());
            if (!same) {
                return Optional.empty();
            }
            String query = withoutMarker(uri.getRawQuery());
            return of(uri.getRawPath() + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Spring Security marks a saved request's address with a bare {@code continue} parameter: not for people. */
    private static String withoutMarker(String query) {
        if (query == null) {
            return "";
        }
        return String.join(
                "&",
                Arrays.stream(query.split("&"))
                        .filter(p -> !p.equals("continue"))
                        .toList());
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
