package org.kepu.portal.upload;

import java.util.Locale;
import org.kepu.content.upload.UploadBusy;
import org.kepu.content.upload.UploadInUse;
import org.kepu.content.upload.UploadNotFound;
import org.kepu.content.upload.UploadOffsetMismatch;
import org.kepu.content.upload.UploadPatchLimitReached;
import org.kepu.content.upload.UploadRejected;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Upload failures as tus expects them: the right status, a reason in the caller's language, the tus header. Ordered
 * before the general {@code web/Failures}, whose {@code NotFound} handler would also match.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadFailures {

    /** Seconds a client waits before it asks for the offset again (tus clients retry 423 by themselves). */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;

    UploadFailures(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UploadInUse.class)
    ResponseEntity<ProblemDetail> inUse(UploadInUse e) {
        return problem(HttpStatus.CONFLICT, text("upload.problem.in-use"));
    }

    @ExceptionHandler(UploadBusy.class)
    ResponseEntity<ProblemDetail> busy(UploadBusy e) {
        return retryLater(HttpStatus.LOCKED, text("upload.problem.busy"));
    }

    @ExceptionHandler(UploadPatchLimitReached.class)
    ResponseEntity<ProblemDetail> tooManyPatches(UploadPatchLimitReached e) {
        return retryLater(HttpStatus.TOO_MANY_REQUESTS, text("upload.problem.too-many-patches", e.limit()));
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<ProblemDetail> rejected(UploadRejected e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(UploadNotFound.class)
    ResponseEntity<ProblemDetail> notFound(UploadNotFound e) {
        return problem(HttpStatus.NOT_FOUND, text("upload.missing"));
    }

    @ExceptionHandler(UploadOffsetMismatch.class)
    ResponseEntity<ProblemDetail> conflict(UploadOffsetMismatch e) {
        return problem(HttpStatus.CONFLICT, text("upload.problem.offset", String.valueOf(e.expected())));
    }

    @ExceptionHandler(TusProtocolViolation.class)
    ResponseEntity<ProblemDetail> badRequest(TusProtocolViolation e) {
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(TusVersionUnsupported.class)
    ResponseEntity<ProblemDetail> version(TusVersionUnsupported e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .header(TusHeaders.VERSION, TusHeaders.RESUMABLE_VALUE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, text("upload.problem.version")));
    }

    private String text(String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, arguments, locale);
    }

    private static ResponseEntity<ProblemDetail> retryLater(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .headers(TusHeaders::common)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .headers(TusHeaders::common)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
