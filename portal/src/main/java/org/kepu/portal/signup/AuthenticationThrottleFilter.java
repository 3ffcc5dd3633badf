package org.kepu.portal.signup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link LoginThrottle} before a password or token is checked. A throttled login form is sent
 * back to the login page with its throttle message; a throttled API or actuator request gets 429
 * with {@code Retry-After} and a problem detail. Unknown bearer tokens count against the address.
 */
class AuthenticationThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final MessageSource messages;

    AuthenticationThrottleFilter(LoginThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (isFormLogin(request)) {
            String name = request.getParameter("username");
            if (throttle.refusal(name == null ? "" : name, address).isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
        } else if (startsWith(authorization, "Basic ")) {
            Optional<Duration> wait = throttle.refusal(basicUsername(authorization), address);
            if (wait.isPresent()) {
                tooMany(response, wait.get());
                return;
            }
        } else if (startsWith(authorization, "Bearer ")) {
            Optional<Duration> wait = throttle.refusal(address);
            if (wait.isPresent()) {
                tooMany(response, wait.get());
                return;
            }
            chain.doFilter(request, response);
            if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                throttle.failed(null, address);
            }
            return;
        }
        // form and Basic outcomes are counted by LoginThrottle's authentication event listeners
        chain.doFilter(request, response);
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    private static String basicUsername(String authorization) {
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return ""; // not base64: Spring Security answers 401 for it
        }
    }

    private void tooMany(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        String detail =
                messages.getMessage("login.throttled.api", new Object[] {seconds}, LocaleContextHolder.getLocale());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
