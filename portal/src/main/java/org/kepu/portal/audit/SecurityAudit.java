package org.kepu.portal.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditResult;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what Spring Security announces: every login by form, HTTP Basic or bearer token, whether
 * it succeeds or fails (and why), every logout, and every request a signed-in person was refused.
 * Each in a transaction of its own: a failure has no transaction to join.
 */
@Component
class SecurityAudit {

    static final String LOGIN = "login";
    static final String LOGOUT = "logout";
    static final String REFUSED = "access.refused";
    private static final int MAX_NAME = 60;

    private final AuditLog audit;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    SecurityAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordSeparately(name, LOGIN, "account", name, method(), AuditResult.SUCCESS);
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        // the name as typed, so that guessing at one account shows; trimmed and capped to the column
        String typed = typed(event.getAuthentication());
        String kind = event.getException().getClass().getSimpleName().replaceFirst("Exception$", "");
        audit.recordSeparately(typed, LOGIN, "account", typed, method() + ": " + kind, AuditResult.FAILURE);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.recordSeparately(name, LOGOUT, "account", name, null, AuditResult.SUCCESS);
    }

    /** Refusals of people who are signed in; anonymous visitors are sent to the login form instead. */
    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            return;
        }
        Object source = event.getSource();
        String what;
        if (source instanceof HttpServletRequest request) {
            what = request.getMethod() + " " + request.getRequestURI();
        } else if (source instanceof MethodInvocation invocation) {
            what = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        } else {
            what = source.getClass().getSimpleName();
        }
        audit.recordSeparately(authentication.getName(), REFUSED, "request", what, what, AuditResult.REFUSED);
    }

    private static String typed(Authentication authentication) {
        String name = authentication == null || authentication.getName() == null
                ? ""
                : authentication.getName().strip();
        if (name.isEmpty()) {
            return "(空)";
        }
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    /** How the current request authenticates: form, basic or bearer. */
    private static String method() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String header = attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return "basic";
            }
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return "bearer";
            }
            return "form";
        }
        return "other";
    }
}
