package org.kepu.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The API's 401 and 403 as problem details, like every other API error (the default answers go
 * through the HTML error page's JSON, which the API description could not promise). Worded in the
 * caller's language ({@code Accept-Language}, Chinese by default).
 */
final class ApiRefusals {

    static final String BASIC_CHALLENGE = "Basic realm=\"kepu\"";

    private final MessageSource messages;

    ApiRefusals(MessageSource messages) {
        this.messages = messages;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (response.getHeader(HttpHeaders.WWW_AUTHENTICATE) == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        write(response, HttpStatus.UNAUTHORIZED, "api.refused.unauthenticated", null);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "api.refused.forbidden", null);
    }

    /** A refusal with the bundle's text of {@code code}; {@code instance} (a path) may be null. */
    void write(HttpServletResponse response, HttpStatus status, String code, String instance) throws IOException {
        String detail = messages.getMessage(code, null, LocaleContextHolder.getLocale());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + escaped(detail) + "\""
                        + (instance == null ? "" : ",\"instance\":\"" + escaped(instance) + "\"") + "}");
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
