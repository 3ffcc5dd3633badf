package org.kepu.portal.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Puts the page cache in front of sessions and security (see {@link PageCacheFilter}). */
@Configuration(proxyBeanMethods = false)
public class PageCacheConfiguration {

    /** Whether the page cache writes this request's {@code Cache-Control}, so Spring Security must not. */
    public static boolean decidesCacheControl(HttpServletRequest request) {
        return PageCacheFilter.decidesCacheControl(request);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(
            RenderedPages pages, PageViews views, PageCacheSettings settings) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(pages, views, settings));
        // after the public host is fixed (the first filter), before the session is looked up
        int order = Math.min(Ordered.HIGHEST_PRECEDENCE + 20, SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setOrder(order);
        return registration;
    }
}
