package org.kepu.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.kepu.content.account.Account;
import org.kepu.content.account.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer kp_…} on the JSON API; an unknown token gets 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    // announces each token login, like the form and HTTP Basic logins, for the audit log
    private final AuthenticationEventPublisher events;
    private final ApiRefusals refusals;

    BearerTokenFilter(ApiTokens tokens, AuthenticationEventPublisher events, ApiRefusals refusals) {
        this.tokens = tokens;
        this.events = events;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account =
                tokens.authenticate(header.substring(BEARER.length()).strip());
        if (account.isEmpty()) {
            events.publishAuthenticationFailure(
                    new BadCredentialsException("Unknown bearer token"),
                    new PreAuthenticatedAuthenticationToken("(令牌)", null));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            refusals.write(response, HttpStatus.UNAUTHORIZED, "api.refused.token-invalid", null);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        // not a password login: the login throttle leaves the account's failure count alone
        var authentication = new PreAuthenticatedAuthenticationToken(
                account.get().getUsername(),
                null,
                account.get().getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList());
        events.publishAuthenticationSuccess(authentication);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
