package org.kepu.portal.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The API description generated from the controllers by springdoc: what the old hand-written
 * {@code openapi.yaml} said about the whole API, the two ways to authenticate, and the problem
 * detail every error answers with. Per-operation errors come from {@link ApiErrorResponses}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenAPI kepuApi() {
        return new OpenAPI()
                .info(new Info().title("伊金霍洛科普 API").version("1").description("""
                                The stable JSON API of the platform, for scripts and other resource platforms.
                                Public reads need no login. Writes authenticate with HTTP Basic or with a bearer token
                                (`POST /api/v1/tokens`); the API keeps no session and needs no CSRF token.
                                Errors are `application/problem+json` with a Chinese `detail`.
                                `OPTIONS` needs no credentials. Browser pages of other sites may call the API only from the
                                origins the deployment lists in `kepu.api.cors.allowed-origins` (the tus headers are exposed;
                                cookies are never sent); requests with another `Origin` are refused with 403.
                                """))
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "The account's user name and password; the only way to issue API tokens."))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from `POST /api/v1/tokens`; it expires after"
                                                + " `kepu.api-tokens.lifetime` (90 days by default)."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    GlobalOperationCustomizer apiErrorResponses() {
        return new ApiErrorResponses();
    }

    @Bean
    GlobalOpenApiCustomizer apiSecurity(WebInvocationPrivilegeEvaluator privileges) {
        return new ApiSecurity(privileges);
    }

    /** RFC 9457, as Spring's {@code ProblemDetail} writes it. */
    private static ObjectSchema problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem detail");
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Not Found"));
        problem.addProperty("status", new IntegerSchema().example(404));
        problem.addProperty("detail", new StringSchema().description("中文说明").example("您要找的内容不存在或已下线。"));
        problem.addProperty("instance", new StringSchema().description("the request path"));
        problem.addProperty("code", new StringSchema().description("registration API only: the message code"));
        return problem;
    }
}
