package org.kepu.portal.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.kepu.content.account.ApiTokens;
import org.kepu.portal.signup.LoginThrottle;
import org.kepu.portal.web.ServiceScopes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every page and endpoint has an explicit rule. Pages use form login with CSRF; the JSON API is
 * stateless: public reads need no login, writes authenticate with HTTP Basic or a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokens tokens,
            AuthenticationEventPublisher events,
            SecurityHeaders headers,
            ApiCors.ApiCorsSettings cors,
            LoginThrottle throttle,
            ServiceScopes serviceScopes,
            MessageSource messages)
            throws Exception {
        ApiRefusals refusals = new ApiRefusals(messages);
        http.securityMatcher("/api/v1/**")
                // before every authentication filter: Basic and bearer guesses are throttled like the form
                .addFilterBefore(throttle.filter(), X509AuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, events, refusals), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // preflights and tus discovery carry no credentials (tus 1.0, Fetch standard)
                        .requestMatchers(HttpMethod.OPTIONS, "/api/v1/**")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/search",
                                "/api/v1/search/**",
                                "/api/v1/videos/*",
                                "/api/v1/videos/*/captions/*",
                                "/api/v1/registrations/summary")
                        .permitAll()
                        // residents order science services without an account and follow them by token
                        .requestMatchers(HttpMethod.POST, "/api/v1/service-orders")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/service-orders/*")
                        .permitAll()
                        // the plan's indicators, as the public page shows them
                        .requestMatchers(HttpMethod.GET, "/api/v1/indicators")
                        .permitAll()
                        // staff steps: accounts bound to a town, department or team, as on the pages
                        .requestMatchers(HttpMethod.POST, "/api/v1/service-orders/*/*")
                        .access(serviceScopes.rule())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals::unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals::unauthenticated)
                        .accessDeniedHandler(refusals::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .cors(c -> c.configurationSource(ApiCors.source(cors)))
                .headers(headers.api());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, SecurityHeaders headers, LoginThrottle throttle, ServiceScopes serviceScopes)
            throws Exception {
        http.addFilterBefore(throttle.filter(), X509AuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/editor/**")
                        .access(EditorAreaRules.rules())
                        .requestMatchers("/judge/**")
                        .hasRole("JUDGE")
                        .requestMatchers("/creator/**")
                        .hasAnyRole("CREATOR", "EDITOR", "ADMIN")
                        .requestMatchers("/registrar/**")
                        .hasAnyRole("REGISTRAR", "ADMIN")
                        // science services: staff bound to a town, department or team (data, not a role);
                        // a resident's link (/services/orders/{token}, never all digits) stays public below
                        .requestMatchers(
                                pathPattern("/services/orders"),
                                pathPattern("/services/orders/{id:[0-9]+}"),
                                pathPattern("/services/orders/{id:[0-9]+}/**"),
                                // the 专家库 (dispatchers only, checked by its page) and the volunteers' ranking
                                pathPattern("/services/experts"),
                                pathPattern("/services/ranking"))
                        .access(serviceScopes.rule())
                        // an expert's own page: any account, the page answers 403 to those who are no expert
                        .requestMatchers(pathPattern("/services/expert"), pathPattern("/services/expert/**"))
                        .authenticated()
                        .requestMatchers("/account/**")
                        .authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        // Swagger UI only at springdoc's /api/docs, and only where a deployment enables it
                        .requestMatchers("/webjars/swagger-ui/**")
                        .denyAll()
                        // The public site: whatever is only read outside the areas above is public,
                        // so a mistyped address answers with the friendly 404 page, not a login form.
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/signup")
                        .permitAll()
                        .requestMatchers("/password/forgot", "/password/reset")
                        .permitAll()
                        // the resident rates a held science service through their link, without an account
                        .requestMatchers(HttpMethod.POST, "/services/orders/*/rating")
                        .permitAll()
                        // and orders one on the phone form (a challenge and a per-address limit, like sign-up)
                        .requestMatchers(HttpMethod.POST, "/services/order")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(refusals -> refusals.accessDeniedHandler(new ReasonedAccessDenied()))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl(LoginController.LANDING)
                        .permitAll())
                // a new session at login, so its creation time is the login time (absolute lifetime)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .logout(logout -> logout.logoutRequestMatcher(pathPattern(HttpMethod.POST, "/logout"))
                        .logoutSuccessUrl("/"))
                .headers(headers.pages());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
