package org.kepu.portal.web;

import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Only links to static files go through the response's URL encoding, where they get their content hash. Every
 * other link ({@code /articles/12}, {@code /columns/yingji}) used to be looked up as a static file in each resource
 * location too, and misses are not cached: on the home page with its ~60 links that was about 70 % of the CPU of
 * a request (JFR, 2026-11-29). Skipping the encoding also keeps session ids out of URLs.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    /** The paths of {@code spring.web.resources.chain.strategy.content.paths}, the only ones that change. */
    static final List<String> HASHED = List.of("/css/", "/js/", "/webjars/", "/favicon.svg");

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
