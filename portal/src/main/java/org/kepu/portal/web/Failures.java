package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.NotFound;
import org.kepu.content.RuleBroken;
import org.kepu.content.video.InvalidCaption;
import org.kepu.content.video.TooManyUnfinishedVideos;
import org.kepu.search.SearchIndexUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Maps the domain's exceptions to a status: a friendly page in the request's language, a
 * {@link ProblemDetail} for the JSON API. Every {@link NotFound} is 404 and every
 * {@link RuleBroken} 409 here; feature advices ordered before it (uploads, registration) answer
 * their own exceptions in their protocols' terms.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private final Texts texts;

    Failures(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        log.debug("Not found: {}", e.getMessage());
        return respond(request, HttpStatus.NOT_FOUND, texts.of("error.404.text"));
    }

    /**
     * 409: the request is well formed, the item's state or a rule refuses it now. A page's POST
     * marked {@link OnRuleBroken} goes back with the message; anything else gets the error page or
     * a problem detail with it.
     */
    @ExceptionHandler(RuleBroken.class)
    Object ruleBroken(RuleBroken e, HttpServletRequest request) {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        OnRuleBroken back =
                request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                        ? handler.getMethodAnnotation(OnRuleBroken.class)
                        : null;
        if (back == null || isApi(request)) {
            return respond(request, HttpStatus.CONFLICT, texts.of(e));
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String target = UriComponentsBuilder.fromUriString(back.redirectTo())
                .buildAndExpand(variables == null ? Map.of() : variables)
                .toUriString();
        RequestContextUtils.getOutputFlashMap(request).put("problem", texts.of(e));
        return new ModelAndView("redirect:" + target);
    }

    /** An unusable caption file: the API gets 422 with every problem, its cue and line; a form goes back with them. */
    @ExceptionHandler(InvalidCaption.class)
    Object invalidCaption(InvalidCaption e, HttpServletRequest request) {
        if (!isApi(request)) {
            return ruleBroken(e, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, texts.of(e));
        problem.setTitle(texts.of("error.caption.title"));
        problem.setProperty(
                "problems",
                e.problems().stream()
                        .map(p -> new ShownProblem(p.cue(), p.line(), texts.of(p)))
                        .toList());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    /** A JSON body that breaks a field's rule: the API says which fields and why; anything else is a plain 400. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        if (!isApi(request) || e.getBindingResult().getFieldErrors().isEmpty()) {
            return badRequest(e, request);
        }
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "message",
                        error.getDefaultMessage() == null ? "" : error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.stream()
                        .map(error -> error.get("field") + "：" + error.get("message"))
                        .collect(Collectors.joining("；")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A caption problem as the API shows it: its place and its text in the request's language. */
    record ShownProblem(Integer cue, Integer line, String message) {}

    @ExceptionHandler({
        IllegalArgumentException.class,
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class
    })
    Object badRequest(Exception e, HttpServletRequest request) {
        log.debug("Bad request to {}: {}", request.getRequestURI(), e.getMessage());
        return respond(request, HttpStatus.BAD_REQUEST, texts.of("error.400.detail"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, texts.of("error.413.text"));
    }

    /** A form that should carry a file came without one (or not as multipart): a 400, not a 500. */
    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    Object noFile(Exception e, HttpServletRequest request) {
        log.debug("No file in {}: {}", request.getRequestURI(), e.getMessage());
        return respond(request, HttpStatus.BAD_REQUEST, texts.of("error.no-file"));
    }

    @ExceptionHandler(SearchIndexUnavailable.class)
    Object searchDown(SearchIndexUnavailable e, HttpServletRequest request) {
        log.warn("Search is unavailable: {}", e.getMessage());
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, texts.of("error.search-down"));
    }

    @ExceptionHandler(InvalidRequest.class)
    Object invalid(InvalidRequest e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, texts.of(e));
    }

    @ExceptionHandler(TooManyUnfinishedVideos.class)
    Object tooManyVideos(TooManyUnfinishedVideos e, HttpServletRequest request) {
        return respond(request, HttpStatus.TOO_MANY_REQUESTS, texts.of(e));
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String message) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }
}
