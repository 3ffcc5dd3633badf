package org.kepu.portal.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The generated description against the handlers the portal really maps. */
class ApiDescriptionIntegrationTests extends PortalIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDescribedAndNothingElse() throws Exception {
        JsonNode api = getJson("/api/openapi");
        Files.writeString(Path.of("target/openapi.json"), api.toPrettyString());

        assertThat(described(api)).isEqualTo(mapped()).isNotEmpty();
    }

    @Test
    void searchItemsDescribeTheirMoments() throws Exception {
        JsonNode schemas = getJson("/api/openapi").path("components").path("schemas");

        JsonNode moments = schemas.path("ItemJson").path("properties").path("moments");
        assertThat(moments.path("type").asString()).isEqualTo("array");
        assertThat(moments.path("description").asString()).contains("caption cues");
        JsonNode moment = schemas.path("MomentJson").path("properties");
        assertThat(moment.path("seconds").path("description").asString()).contains("seconds");
        assertThat(moment.path("text").path("description").asString()).contains("<em>");
    }

    @Test
    void anEndpointMissingFromTheDescriptionIsNoticed() throws Exception {
        JsonNode api = getJson("/api/openapi");
        ((ObjectNode) api.path("paths")).remove("/api/v1/tokens/{id}");

        assertThat(mapped()).contains("DELETE /api/v1/tokens/{id}");
        assertThat(described(api)).isNotEqualTo(mapped()).doesNotContain("DELETE /api/v1/tokens/{id}");
    }

    @Test
    void everyOperationListsItsErrorResponsesAsProblemDetails() throws Exception {
        JsonNode api = getJson("/api/openapi");
        // what really answers without a problem body: a tus status alone, the summary's empty 404
        Set<String> bodiless = Set.of(
                "POST /api/v1/uploads 413", "PATCH /api/v1/uploads/{id} 415", "GET /api/v1/registrations/summary 404");
        Set<String> otherBody = Set.of("POST /api/v1/registrations/imports 422");

        api.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    if (name.startsWith("OPTIONS ")) {
                        // preflight and tus discovery: always 204 (a foreign Origin's 403 is in the info)
                        return;
                    }
                    JsonNode responses = operation.getValue().path("responses");
                    assertThat(responses.propertyNames())
                            .as(name + " documents its success")
                            .anyMatch(code -> code.startsWith("2"));
                    Set<String> errors = new TreeSet<>();
                    responses.propertyNames().stream()
                            .filter(code -> code.startsWith("4") || code.startsWith("5"))
                            .forEach(errors::add);
                    assertThat(errors).as(name).isNotEmpty();
                    boolean secured = !operation.getValue().path("security").isEmpty();
                    assertThat(errors.contains("401"))
                            .as(name + " needs credentials, so it may answer 401")
                            .isEqualTo(secured);
                    for (String code : errors) {
                        String answer = name + " " + code;
                        JsonNode content = responses.path(code).path("content");
                        if (bodiless.contains(answer)) {
                            assertThat(content.isMissingNode() || content.isEmpty())
                                    .as(answer)
                                    .isTrue();
                        } else if (!otherBody.contains(answer)) {
                            assertThat(content.path("application/problem+json")
                                            .path("schema")
                                            .path("$ref")
                                            .asString())
                                    .as(answer)
                                    .isEqualTo("#/components/schemas/ProblemDetail");
                        }
                    }
                }));
    }

    @Test
    void publicReadsNeedNoCredentialsAndWritesAcceptBasicOrBearer() throws Exception {
        JsonNode paths = getJson("/api/openapi").path("paths");

        assertThat(paths.path("/api/v1/search").path("get").path("security").isEmpty())
                .isTrue();
        assertThat(paths.path("/api/v1/videos/{id}")
                        .path("get")
                        .path("security")
                        .isEmpty())
                .isTrue();
        assertThat(paths.path("/api/v1/videos").path("post").path("security").toString())
                .contains("basic", "bearer");
        assertThat(paths.path("/api/v1/tokens").path("post").path("security").toString())
                .contains("basic")
                .doesNotContain("bearer");
        assertThat(getJson("/api/openapi")
                        .path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void theOldAddressStillAnswersTheDescriptionAsYaml() throws Exception {
        var yaml = get("/api/openapi.yaml");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body())
                .contains("openapi: 3.1", "/api/v1/videos/{id}:", "/api/v1/uploads/{id}:", "/api/v1/tokens:");
    }

    @Test
    void swaggerUiIsOffUnlessADeploymentEnablesIt() throws Exception {
        assertThat(get("/api/docs").statusCode()).isEqualTo(404);
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(404);
        // the raw webjar is refused too (an anonymous caller is sent to the login page, as for any refusal)
        assertThat(get("/webjars/swagger-ui/index.html").statusCode()).isIn(302, 403);
    }

    private Set<String> mapped() {
        Set<String> operations = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods)
                            .as(pattern + " is mapped to named methods")
                            .isNotEmpty();
                    methods.forEach(method -> operations.add(method + " " + pattern));
                }
            }
        }
        return operations;
    }

    private static Set<String> described(JsonNode api) {
        Set<String> operations = new TreeSet<>();
        api.path("paths")
                .properties()
                .forEach(path -> path.getValue().propertyNames().stream()
                        .filter(key ->
                                !key.equals("parameters") && !key.equals("summary") && !key.equals("description"))
                        .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }
}
