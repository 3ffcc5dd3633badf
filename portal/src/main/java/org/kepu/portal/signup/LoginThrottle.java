package org.kepu.portal.signup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.kepu.portal.web.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits login attempts per address and per login name, so passwords cannot be guessed by
 * script; an exhausted limit answers with the login page's throttle message before any password
 * is checked.
 */
public class LoginThrottle extends OncePerRequestFilter {

    private final RateLimits perAddress;
    private final RateLimits perAccount;

    public LoginThrottle(SignupSettings settings) {
        this.perAddress = new RateLimits(settings.loginsPerAddress(), Duration.ofMinutes(1));
        this.perAccount = new RateLimits(settings.loginsPerAccount(), Duration.ofMinutes(1));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!perAddress.tryAcquire(request.getRemoteAddr()) || !perAccount.tryAcquire(account)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
