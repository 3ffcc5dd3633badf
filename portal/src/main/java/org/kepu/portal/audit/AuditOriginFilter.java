package org.kepu.portal.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kepu.content.audit.AuditOrigin;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the client address of each request where the audit log reads it. It runs before Spring
 * Security, so logins and refusals get the address too; the address is the container's remote
 * address, which honours the deployment's forwarded-header settings for trusted proxies.
 */
class AuditOriginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (AuditOrigin.Scope origin = AuditOrigin.from(request.getRemoteAddr())) {
            chain.doFilter(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
