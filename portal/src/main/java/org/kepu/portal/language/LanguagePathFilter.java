package org.kepu.portal.language;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.kepu.portal.web.StaticLinks;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the Mongolian site under {@code /mn}. The prefix becomes part of the context path the
 * application sees, so every controller, security rule and cache works on the same paths in both
 * languages, and every link a page builds ({@code @{...}}, redirects) stays in its language.
 * Runs before everything else (sessions, security, the page cache).
 */
final class LanguagePathFilter extends OncePerRequestFilter {

    static final String COOKIE = "kepu_lang";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // the error page of a Mongolian request is Mongolian too
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        String prefix = Language.MONGOLIAN.prefix();
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (failed instanceof String uri && isMongolian(uri.substring(Math.min(context.length(), uri.length())))) {
                request.setAttribute(Language.ATTRIBUTE, Language.MONGOLIAN);
                String prefixed = context + prefix + request.getRequestURI().substring(context.length());
                chain.doFilter(
                        answered(new Prefixed(request, context + prefix, request.getServletPath(), prefixed)),
                        response);
                return;
            }
            chain.doFilter(answered(request), response);
            return;
        }
        if (path.equals(prefix)) {
            response.sendRedirect(context + prefix + "/" + query(request));
            return;
        }
        if (isMongolian(path) && StaticLinks.isLanguageNeutral(path.substring(prefix.length()))) {
            // media and the API have one address for both languages; 308 keeps the method and body
            response.setStatus(HttpServletResponse.SC_PERMANENT_REDIRECT);
            response.setHeader("Location", context + path.substring(prefix.length()) + query(request));
            return;
        }
        if (isMongolian(path)) {
            request.setAttribute(Language.ATTRIBUTE, Language.MONGOLIAN);
            chain.doFilter(
                    answered(new Prefixed(
                            request,
                            context + prefix,
                            withoutPrefix(request.getServletPath()),
                            request.getRequestURI())),
                    response);
            return;
        }
        if (path.equals("/") && "GET".equals(request.getMethod()) && remembersMongolian(request)) {
            // the home page is where people come back: the language they chose last time
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(context + prefix + "/" + query(request));
            return;
        }
        request.setAttribute(Language.ATTRIBUTE, Language.CHINESE);
        chain.doFilter(answered(request), response);
    }

    /**
     * The request saying the language it is answered in as its locale: the filters before the dispatcher (security
     * refusals, throttles) read {@code LocaleContextHolder}, which Spring fills from {@code getLocale()}.
     */
    private static HttpServletRequest answered(HttpServletRequest request) {
        Locale locale = Language.reader(request).locale();
        return new HttpServletRequestWrapper(request) {
            @Override
            public Locale getLocale() {
                return locale;
            }

            @Override
            public Enumeration<Locale> getLocales() {
                return Collections.enumeration(List.of(locale));
            }
        };
    }

    private static boolean isMongolian(String path) {
        return path.startsWith(Language.MONGOLIAN.prefix() + "/");
    }

    private static String withoutPrefix(String servletPath) {
        String prefix = Language.MONGOLIAN.prefix();
        return servletPath.startsWith(prefix + "/") ? servletPath.substring(prefix.length()) : servletPath;
    }

    private static boolean remembersMongolian(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && Language.MONGOLIAN.code().equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static String query(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : "?" + request.getQueryString();
    }

    /** The request as the application sees it under a language prefix. */
    private static final class Prefixed extends HttpServletRequestWrapper {

        private final String contextPath;
        private final String servletPath;
        private final String requestUri;

        Prefixed(HttpServletRequest request, String contextPath, String servletPath, String requestUri) {
            super(request);
            this.contextPath = contextPath;
            this.servletPath = servletPath;
            this.requestUri = requestUri;
        }

        @Override
        public String getRequestURI() {
            return requestUri;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(requestUri);
        }

        @Override
        public String getContextPath() {
            return contextPath;
        }

        @Override
        public String getServletPath() {
            return servletPath;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
