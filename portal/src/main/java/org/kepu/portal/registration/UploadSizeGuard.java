package org.kepu.portal.registration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kepu.content.registration.RegistrationSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload whose declared size is beyond the limit before anything reads its body.
 * Otherwise the first filter that asks for a request parameter (the CSRF check) makes the container
 * parse the multipart body, fail on the size, and answer with a generic error page. A 200 MB file
 * thus costs nothing and gets the same clear message as in the import itself.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGuard {

    static final String PAGE_UPLOAD = RegistrarController.HOME + "/imports";
    static final String API_UPLOAD = "/api/v1/registrations/imports";
    /** Room for the multipart headers and the CSRF field around the file. */
    static final long ENVELOPE = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> registrationUploadSizeGuard(
            RegistrationSettings settings, ProblemMessages messages) {
        long limit = settings.maxFileSize().toBytes() + ENVELOPE;
        String message = messages.text(
                "FILE_TOO_LARGE", List.of(String.valueOf(settings.maxFileSize().toMegabytes())));
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                return !"POST".equals(request.getMethod()) || !(path.equals(PAGE_UPLOAD) || path.equals(API_UPLOAD));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() <= limit) {
                    chain.doFilter(request, response);
                } else if (request.getRequestURI().endsWith(API_UPLOAD)) {
                    response.setStatus(413);
                    response.setContentType("application/problem+json;charset=UTF-8");
                    String json = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"code\":\"FILE_TOO_LARGE\",\"detail\":\"" + message.replace("\"", "\\\"") + "\"}";
                    response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
                } else {
                    response.sendRedirect(request.getContextPath() + RegistrarController.HOME + "?too-large");
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        // the Mongolian page too: the container matches patterns before the language filter strips /mn
        registration.addUrlPatterns(PAGE_UPLOAD, API_UPLOAD, "/mn" + PAGE_UPLOAD);
        // before Spring Security (-100), whose CSRF check would read the body for its parameter
        registration.setOrder(-200);
        return registration;
    }
}
