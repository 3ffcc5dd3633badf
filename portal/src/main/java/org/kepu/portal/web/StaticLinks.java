package org.kepu.portal.web;

import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.IServletWebApplication;

/**
 * Only links to static files go through the response's URL encoding, where they get their content hash. Every
 * other link ({@code /articles/12}, {@code /columns/yingji}) used to be looked up as a static file in each resource
 * location too, and misses are not cached: on the home page with its ~60 links that was about 70 % of the CPU of
 * a request (JFR, 2026-11-29). Skipping the encoding also keeps session ids out of URLs.
 */
@Configuration(proxyBeanMethods = false)
public class StaticLinks {

    /** The paths of {@code spring.web.resources.chain.strategy.content.paths}, the only ones that change. */
    static final List<String> HASHED = List.of("/css/", "/js/", "/webjars/", "/favicon.svg");

    /**
     * Media and the API have one address in every language (a video is the same file under a Chinese and a
     * Mongolian page; the API takes its language as a parameter): their links skip the language's {@code /mn}.
     */
    public static final List<String> LANGUAGE_NEUTRAL = List.of("/media/", "/api/", "/actuator/");

    public static boolean isLanguageNeutral(String path) {
        return LANGUAGE_NEUTRAL.stream().anyMatch(path::startsWith);
    }

    @Bean
    static BeanPostProcessor staticLinkBuilder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new Builder());
                }
                return bean;
            }
        };
    }

    static final class Builder extends StandardLinkBuilder {

        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            if (isLanguageNeutral(base)
                    && context instanceof IWebContext web
                    && web.getExchange().getApplication() instanceof IServletWebApplication servlet) {
                // the servlet context's path: the request's own includes the language
                return ((ServletContext) servlet.getNativeServletContextObject()).getContextPath();
            }
            return super.computeContextPath(context, base, parameters);
        }

        @Override
        protected String processLink(IExpressionContext context, String link) {
            if (context instanceof IWebContext web) {
                String path = link.substring(Math.min(
                        link.length(),
                        web.getExchange().getRequest().getApplicationPath().length()));
                if (HASHED.stream().noneMatch(path::startsWith)) {
                    return link;
                }
            }
            return super.processLink(context, link);
        }
    }
}
