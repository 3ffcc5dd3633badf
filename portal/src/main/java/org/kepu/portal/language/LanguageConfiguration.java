package org.kepu.portal.language;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean
    FilterRegistrationBean<LanguagePathFilter> languagePathFilter() {
        FilterRegistrationBean<LanguagePathFilter> registration =
                new FilterRegistrationBean<>(new LanguagePathFilter());
        // right after the trusted-host check, before sessions, security and the page cache
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /**
     * The page's language is its URL's: no header or session decides it, so a shared link shows the same page. The
     * API and media have no URL language: their caller's {@code Accept-Language} chooses ({@link Language#reader}).
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Language.reader(request).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by the URL");
            }
        };
    }
}
