package org.kepu.portal.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

    /** Early, before Spring Security's filters (order -100), so every audited step sees the address. */
    @Bean
    FilterRegistrationBean<AuditOriginFilter> auditOriginFilter() {
        FilterRegistrationBean<AuditOriginFilter> registration = new FilterRegistrationBean<>(new AuditOriginFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Makes Spring Security announce refused requests, so {@link SecurityAudit} can record them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
