package org.kepu.portal.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Which operations need credentials, asked of the security rules themselves (an anonymous caller
 * is let through or not), so the description cannot drift from {@code SecurityConfiguration}.
 * Operations that need credentials accept Basic or a bearer token unless they declare otherwise,
 * and may answer 401, 403 (temporary password) and 429 (throttled guesses).
 */
class ApiSecurity implements GlobalOpenApiCustomizer {

    static final String UNAUTHORIZED = "No credentials, or a wrong user name, password or token (see WWW-Authenticate)";
    static final String THROTTLED =
            "Too many failed authentications from this address; retry after Retry-After seconds";

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "api-description", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final WebInvocationPrivilegeEvaluator privileges;

    ApiSecurity(WebInvocationPrivilegeEvaluator privileges) {
        this.privileges = privileges;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.readOperationsMap().entrySet()) {
                describe(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        String example = path.replaceAll("\\{[^}]+}", "1");
        if (privileges.isAllowed(null, example, method.name(), ANONYMOUS)) {
            operation.setSecurity(List.of());
            return;
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(
                    new SecurityRequirement().addList(ApiDescription.BASIC),
                    new SecurityRequirement().addList(ApiDescription.BEARER)));
        }
        ApiErrorResponses.addIfAbsent(operation.getResponses(), "401", UNAUTHORIZED);
        ApiErrorResponses.addIfAbsent(operation.getResponses(), "403", ApiErrorResponses.FORBIDDEN);
        ApiErrorResponses.addIfAbsent(operation.getResponses(), "429", THROTTLED);
    }
}
