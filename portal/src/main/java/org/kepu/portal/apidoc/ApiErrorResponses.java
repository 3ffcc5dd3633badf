package org.kepu.portal.apidoc;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The error answers an operation gets from the handler's signature, so controllers declare (with
 * {@code @ApiResponse}) only the refusals of their own rules: 400 when a body or a typed parameter
 * can be malformed (the advice in {@code web/Failures}), 403 when a role is required. Every error
 * answer is a {@code ProblemDetail} unless its annotation says otherwise.
 */
class ApiErrorResponses implements GlobalOperationCustomizer {

    static final String BAD_REQUEST = "Malformed body or parameter (format, length, required field)";
    static final String FORBIDDEN =
            "The account lacks the role, or its password is a temporary one set by an administrator (change it on the website first)";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(ApiErrorResponses::canBeMalformed)) {
            addIfAbsent(responses, "400", BAD_REQUEST);
        }
        if (requiresRole(handler)) {
            addIfAbsent(responses, "403", FORBIDDEN);
        }
        Map<String, io.swagger.v3.oas.annotations.responses.ApiResponse> declared = declared(handler);
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                bodyOf(response, declared.get(code));
            }
        });
        return operation;
    }

    static void addIfAbsent(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, withProblemBody(new ApiResponse().description(description)));
        }
    }

    static ApiResponse withProblemBody(ApiResponse response) {
        return response.content(new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(ApiDescription.PROBLEM))));
    }

    /**
     * springdoc gives declared error answers the handler's return type as their body: an error is a
     * problem detail, unless its annotation declares a body ({@code @Content(schema = ...)}) or none
     * ({@code @Content}).
     */
    private static void bodyOf(ApiResponse response, io.swagger.v3.oas.annotations.responses.ApiResponse annotation) {
        if (annotation == null || annotation.content().length == 0) {
            withProblemBody(response);
        } else if (isEmpty(annotation.content()[0])) {
            response.setContent(null);
        }
    }

    private static boolean isEmpty(io.swagger.v3.oas.annotations.media.Content content) {
        return content.mediaType().isEmpty() && content.schema().implementation() == Void.class;
    }

    private static Map<String, io.swagger.v3.oas.annotations.responses.ApiResponse> declared(HandlerMethod handler) {
        return Arrays.stream(handler.getMethod()
                        .getAnnotationsByType(io.swagger.v3.oas.annotations.responses.ApiResponse.class))
                .collect(Collectors.toMap(r -> r.responseCode(), r -> r));
    }

    /** A JSON body, or a path or query parameter that must parse as a number or a flag. */
    private static boolean canBeMalformed(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            return true;
        }
        boolean named = parameter.hasParameterAnnotation(PathVariable.class)
                || parameter.hasParameterAnnotation(RequestParam.class);
        return named && parameter.getParameterType() != String.class;
    }

    private static boolean requiresRole(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return rule != null && !rule.value().equals("permitAll()");
    }
}
