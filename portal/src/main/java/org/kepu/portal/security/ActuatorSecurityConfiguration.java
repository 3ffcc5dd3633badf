package org.kepu.portal.security;

import java.util.List;
import org.kepu.portal.signup.LoginThrottle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Actuator rules: health probes are public (a load balancer asks them); Prometheus metrics are for
 * the monitoring network only (by address) or an administrator with HTTP Basic; everything else
 * there is for administrators. Stateless, so scrapes create no sessions in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActuatorSecurityConfiguration.MetricsSettings.class)
class ActuatorSecurityConfiguration {

    /**
     * Who may read {@code /actuator/prometheus} without logging in.
     *
     * @param allowedAddresses client addresses or CIDR ranges (the scraper's, never the proxy's)
     */
    @ConfigurationProperties("kepu.metrics")
    record MetricsSettings(
            @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> allowedAddresses) {}

    @Bean
    @Order(0)
    SecurityFilterChain actuator(
            HttpSecurity http, MetricsSettings settings, SecurityHeaders headers, LoginThrottle throttle)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .addFilterBefore(throttle.filter(), X509AuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access(AuthorizationManagers.anyOf(
                                fromAddresses(settings.allowedAddresses()),
                                AuthorityAuthorizationManager.hasRole("ADMIN")))
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers.api());
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(List<String> addresses) {
        List<IpAddressMatcher> matchers =
                addresses.stream().map(IpAddressMatcher::new).toList();
        return (authentication, context) ->
                new AuthorizationDecision(matchers.stream().anyMatch(matcher -> matcher.matches(context.getRequest())));
    }
}
