package org.kepu.portal.registration;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload beyond Spring's limits fails before any controller is chosen, so only a global
 * advice sees it. It answers 413 with a Chinese message instead of the generic error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFailures {

    private final ProblemMessages messages;

    UploadLimitFailures(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return RegistrationFailures.respond(
                request,
                HttpStatus.CONTENT_TOO_LARGE,
                "UPLOAD_TOO_LARGE",
                messages.text("UPLOAD_TOO_LARGE", List.of()));
    }
}
