package org.kepu.portal.image;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An image upload turned away for load, wherever it was sent: 503 while every decode slot is busy,
 * 429 when the account has used up its allowance; both say when to try again.
 */
@ControllerAdvice
class ImageFailures {

    private final MessageSource messages;
    private final ImageSettings settings;

    ImageFailures(MessageSource messages, ImageSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    @ExceptionHandler(ImagesBusy.class)
    Object busy(ImagesBusy e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.SERVICE_UNAVAILABLE, "image.busy", 5);
    }

    @ExceptionHandler(ImageUploadsLimited.class)
    Object limited(ImageUploadsLimited e, HttpServletRequest request, HttpServletResponse response) {
        return respond(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "image.limited",
                settings.uploadPeriod().toSeconds());
    }

    private Object respond(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, long retryAfter) {
        String message = messages.getMessage(key, null, LocaleContextHolder.getLocale());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
