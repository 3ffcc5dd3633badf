package org.kepu.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kepu.content.account.AccountSecurity;
import org.kepu.content.account.AccountSecurity.AccessState;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in account against the account as it is now (one lookup by its
 * unique name): a session whose security stamp is out of date (disabled, roles or password changed,
 * signed out everywhere) or older than the absolute lifetime is ended and the request continues
 * anonymously, so protected pages send it to the login form. An account with a temporary password
 * may only change it: pages redirect to the change form, the API answers 403.
 */
class AccountAccessFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    static final String AFTER_CHANGE = AccountAccessFilter.class.getName() + ".afterChange";
    private static final Set<String> OPEN_TO_TEMPORARY = Set.of(CHANGE_PAGE, "/logout", "/login", "/error");
    private static final List<String> STATIC_FILES = List.of("/css/", "/js/", "/webjars/", "/favicon");

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final AccountSecurity security;
    private final SessionSettings settings;
    private final Clock clock;
    private final ApiRefusals refusals;

    AccountAccessFilter(AccountSecurity security, SessionSettings settings, Clock clock, ApiRefusals refusals) {
        this.security = security;
        this.settings = settings;
        this.clock = clock;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessState> state = security.state(authentication.getName());
        if (authentication.getPrincipal() instanceof SignedInAccount signedIn && stale(request, signedIn, state)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            chain.doFilter(request, response);
            return;
        }
        if (state.map(AccessState::passwordTemporary).orElse(false) && !openToTemporary(request)) {
            refuseUntilChanged(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stale(HttpServletRequest request, SignedInAccount signedIn, Optional<AccessState> state) {
        if (state.isEmpty() || !state.get().enabled() || state.get().securityStamp() != signedIn.securityStamp()) {
            return true;
        }
        // the login starts a new session (migrateSession), so its creation time is the login time
        HttpSession session = request.getSession(false);
        return session != null
                && session.getCreationTime() + settings.absoluteLifetime().toMillis()
                        < clock.instant().toEpochMilli();
    }

    private static boolean openToTemporary(HttpServletRequest request) {
        String path = path(request);
        return OPEN_TO_TEMPORARY.contains(path) || STATIC_FILES.stream().anyMatch(path::startsWith);
    }

    private void refuseUntilChanged(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.startsWith("/api/")) {
            refusals.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "api.refused.temporary-password",
                    path.replaceAll("[^A-Za-z0-9/_.-]", ""));
            return;
        }
        if (HttpMethod.GET.matches(request.getMethod())) {
            // "continue" only marks the request cache's own redirect after the login
            String query = request.getQueryString();
            boolean plain = query == null || query.equals("continue");
            request.getSession().setAttribute(AFTER_CHANGE, plain ? path : path + "?" + query);
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
