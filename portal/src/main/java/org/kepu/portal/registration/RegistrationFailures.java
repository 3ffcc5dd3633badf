package org.kepu.portal.registration;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.kepu.content.registration.ImportNotFound;
import org.kepu.content.registration.RegistrationRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The tracker's refusals as a Chinese message: on the registrar's page (status 400, 404 or 413) or
 * as a {@link ProblemDetail} for the API, with the message code in {@code code}.
 */
@ControllerAdvice(basePackageClasses = RegistrationFailures.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationFailures {

    private static final Logger log = LoggerFactory.getLogger(RegistrationFailures.class);

    private final ProblemMessages messages;

    RegistrationFailures(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RegistrationRefused.class)
    Object refused(RegistrationRefused e, HttpServletRequest request) {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        HttpStatus status = switch (e.code()) {
            case "FILE_TOO_LARGE" -> HttpStatus.CONTENT_TOO_LARGE;
            case "NOT_BOUND" -> HttpStatus.FORBIDDEN;
            case "CANNOT_CONFIRM", "CANNOT_DISCARD", "CANNOT_UNDO" -> HttpStatus.CONFLICT;
            case "UNSUPPORTED_TYPE", "OLD_EXCEL" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return respond(request, status, e.code(), messages.text(e));
    }

    @ExceptionHandler(ImportNotFound.class)
    Object notFound(ImportNotFound e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "NOT_FOUND", messages.text("NOT_FOUND", List.of()));
    }

    static Object respond(HttpServletRequest request, HttpStatus status, String code, String message) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setProperty("code", code);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("registration/refused");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
