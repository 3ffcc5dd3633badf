package org.kepu.portal.share;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything else reads it, a request's server name and port are replaced by its
 * {@link PublicHost}: whatever builds an absolute address from the request (Spring Security's login
 * redirects and saved requests, a library, tomorrow's code) then never repeats a forged Host or
 * X-Forwarded-Host.
 */
@Configuration(proxyBeanMethods = false)
class PublicHostFilter {

    private static final String HOST = "Host";
    private static final String FORWARDED_HOST = "X-Forwarded-Host";
    private static final String FORWARDED = "Forwarded";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicHostFilterRegistration(SiteSettings settings) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        chain.doFilter(new Trusted(request, PublicHost.of(settings, request)), response);
                    }

                    @Override
                    protected boolean shouldNotFilterErrorDispatch() {
                        return false;
                    }

                    @Override
                    protected boolean shouldNotFilterAsyncDispatch() {
                        return false;
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    private static final class Trusted extends HttpServletRequestWrapper {

        private final PublicHost host;

        Trusted(HttpServletRequest request, PublicHost host) {
            super(request);
            this.host = host;
        }

        @Override
        public String getServerName() {
            return host.host();
        }

        @Override
        public int getServerPort() {
            return host.port();
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(getScheme())
                    .append("://")
                    .append(host.authority(getScheme()))
                    .append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            if (HOST.equalsIgnoreCase(name)) {
                return host.authority(getScheme());
            }
            return isForwardedHost(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (HOST.equalsIgnoreCase(name)) {
                return Collections.enumeration(java.util.List.of(host.authority(getScheme())));
            }
            return isForwardedHost(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean isForwardedHost(String name) {
            return FORWARDED_HOST.equalsIgnoreCase(name) || FORWARDED.equalsIgnoreCase(name);
        }
    }
}
