package org.kepu.portal.security;

import java.time.Clock;
import org.kepu.content.account.AccountSecurity;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every filter chain (pages, API, actuator) checks a signed-in request against the account as it is
 * now: Spring Security applies {@code Customizer<HttpSecurity>} beans to each chain it builds. The
 * check sits after all authentication (session, form, Basic, bearer) and before the anonymous
 * fallback, so a refused session continues as an anonymous request.
 */
@Configuration(proxyBeanMethods = false)
class AccountAccessConfiguration {

    @Bean
    Customizer<HttpSecurity> accountAccessCheck(
            AccountSecurity security, SessionSettings sessions, Clock clock, MessageSource messages) {
        return http -> http.addFilterBefore(
                new AccountAccessFilter(security, sessions, clock, new ApiRefusals(messages)),
                AnonymousAuthenticationFilter.class);
    }
}
