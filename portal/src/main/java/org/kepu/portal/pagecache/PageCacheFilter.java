package org.kepu.portal.pagecache;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kepu.content.ContentKey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves anonymous readers' public pages from memory. It runs before the session and security filters, so a
 * page kept costs no session lookup, no security chain and no template; it therefore decides "anonymous" by the
 * request alone: no session cookie and no credentials. A rendered page is kept only if nothing of one person is
 * in it: status 200, HTML, no cookie set, no session made (a CSRF token in a form makes one), and no
 * {@code Cache-Control} of its own (the no-store areas set one).
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Marks a request whose {@code Cache-Control} this filter writes, so Spring Security does not. */
    static final String CANDIDATE = PageCacheFilter.class.getName() + ".candidate";

    static final String STATUS_HEADER = "X-Page-Cache";
    private static final int MAX_KEY = 1024;
    private static final int MAX_BODY = 1 << 20;
    private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(2);
    private static final Set<String> SESSION_COOKIES = Set.of("SESSION", "JSESSIONID");
    // belong to one exchange, or are decided here
    private static final Set<String> NOT_KEPT = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        NOT_KEPT.addAll(List.of(
                HttpHeaders.SET_COOKIE,
                HttpHeaders.DATE,
                HttpHeaders.CONTENT_LENGTH,
                HttpHeaders.TRANSFER_ENCODING,
                HttpHeaders.CONNECTION,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.CONTENT_LANGUAGE,
                HttpHeaders.CACHE_CONTROL,
                HttpHeaders.PRAGMA,
                HttpHeaders.EXPIRES,
                HttpHeaders.ETAG,
                STATUS_HEADER));
    }

    private final RenderedPages pages;
    private final PageViews views;
    private final PageCacheSettings settings;
    private final List<PathPattern> paths;
    private final List<PathPattern> indexPaths;
    private final String maxAge;
    private final CacheControlHeadersWriter noStore = new CacheControlHeadersWriter();
    // pages being rendered now, by key: when a kept page expires, one request renders it and the others wait
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

    PageCacheFilter(RenderedPages pages, PageViews views, PageCacheSettings settings) {
        this.pages = pages;
        this.views = views;
        this.settings = settings;
        this.paths = parse(settings.paths());
        this.indexPaths = parse(settings.indexPaths());
        this.maxAge = "public, max-age=" + settings.maxAge().toSeconds();
    }

    /** Whether this filter decides the request's {@code Cache-Control} (and Spring Security must not). */
    static boolean decidesCacheControl(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.REQUEST && request.getAttribute(CANDIDATE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isCandidate(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(CANDIDATE, Boolean.TRUE);
        String key = PageKey.of(request, path);
        long generation = pages.generation();
        CachedPage kept = pages.find(key, generation);
        if (kept != null) {
            answerKept(kept, request, response);
            return;
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            // another request renders this page right now: wait for it rather than render it again
            CachedPage page = awaitOther(other);
            if (page != null && page.generation() == generation) {
                answerKept(page, request, response);
                return;
            }
        }
        try {
            mine.complete(render(request, response, chain, path, generation, key));
        } finally {
            mine.complete(null);
            if (other == null) {
                rendering.remove(key, mine);
            }
        }
    }

    private CachedPage render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String path,
            long generation,
            String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        CachedPage page = null;
        if (isKeepable(request, rendered, path)) {
            page = capture(request, rendered, generation);
            pages.keep(key, page);
            rendered.resetBuffer();
            answer(page, request, rendered, "MISS");
        } else {
            noStore.writeHeaders(request, rendered);
            rendered.setHeader(STATUS_HEADER, "MISS");
        }
        rendered.copyBodyToResponse();
        return page;
    }

    private void answerKept(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (page.viewed() != null) {
            views.replayed(page.viewed());
        }
        answer(page, request, response, "HIT");
    }

    private static CachedPage awaitOther(CompletableFuture<CachedPage> other) {
        try {
            return other.get(WAIT_FOR_OTHER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null; // render it here then
        }
    }

    private boolean isCandidate(HttpServletRequest request, String path) {
        String method = request.getMethod();
        if (!settings.enabled() || !("GET".equals(method) || "HEAD".equals(method))) {
            return false;
        }
        if (path.length()
                                + (request.getQueryString() == null
                                        ? 0
                                        : request.getQueryString().length())
                        > MAX_KEY
                || !matches(paths, path)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIES.contains(cookie.getName())) {
                    return false; // signed in, or a flash message or saved form may be waiting
                }
            }
        }
        return true;
    }

    private boolean isKeepable(HttpServletRequest request, ContentCachingResponseWrapper rendered, String path) {
        String type = rendered.getContentType();
        return "GET".equals(request.getMethod())
                && rendered.getStatus() == HttpStatus.OK.value()
                && type != null
                && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(type))
                && rendered.getContentSize() > 0
                && rendered.getContentSize() <= MAX_BODY
                && rendered.getHeader(HttpHeaders.CACHE_CONTROL) == null
                && rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && request.getSession(false) == null
                && !(matches(indexPaths, path)
                        && pages.advancedWithin(settings.settle().toNanos()));
    }

    private CachedPage capture(HttpServletRequest request, ContentCachingResponseWrapper rendered, long generation) {
        byte[] body = rendered.getContentAsByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rendered.getHeaderNames()) {
            if (!NOT_KEPT.contains(name)) {
                headers.put(name, List.copyOf(new ArrayList<>(rendered.getHeaders(name))));
            }
        }
        ContentKey viewed = (ContentKey) request.getAttribute(PageViews.VIEWED);
        // pages that count views are not held by nginx, so each read still reaches a portal and is counted
        String cacheControl = viewed == null ? maxAge : "public, no-cache";
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        return new CachedPage(
                body,
                rendered.getContentType(),
                rendered.getLocale(),
                Map.copyOf(headers),
                etag,
                cacheControl,
                generation,
                viewed);
    }

    private static void answer(CachedPage page, HttpServletRequest request, HttpServletResponse response, String how)
            throws IOException {
        response.setStatus(HttpStatus.OK.value());
        page.headers().forEach((name, values) -> {
            response.setHeader(name, null);
            values.forEach(value -> response.addHeader(name, value));
        });
        response.setContentType(page.contentType());
        response.setLocale(page.locale() == null ? Locale.SIMPLIFIED_CHINESE : page.locale());
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        response.setHeader(HttpHeaders.ETAG, page.etag());
        // 长辈模式 and the text size are cookies: a browser switching them must not reuse its copy
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        response.setHeader(STATUS_HEADER, how);
        if (ConditionalRequests.notModified(request.getHeaders(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setContentLength(page.body().length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private static boolean matches(List<PathPattern> patterns, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (PathPattern pattern : patterns) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathPattern> parse(List<String> patterns) {
        return patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }
}
