package org.kepu.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refuses with 403 like Spring Security's default, but keeps the reason on the request, so the error
 * page can tell a form whose session expired (a CSRF refusal) from an account without the right.
 */
final class ReasonedAccessDenied implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, refusal);
        response.sendError(HttpStatus.FORBIDDEN.value(), HttpStatus.FORBIDDEN.getReasonPhrase());
    }
}
