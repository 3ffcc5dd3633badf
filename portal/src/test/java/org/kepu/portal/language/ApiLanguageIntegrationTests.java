package org.kepu.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kepu.portal.PortalIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The API has no URL language: its refusals, from the security filters as from the controllers, are in the
 * language the caller's {@code Accept-Language} prefers of the two, Chinese when it names neither. Pages keep
 * their URL's language whatever the header says.
 */
class ApiLanguageIntegrationTests extends PortalIntegrationTest {

    @Test
    void aMissingSignInIsRefusedInMongolianWhenTheCallerAsksForIt() throws Exception {
        HttpResponse<String> mongolian = call("/api/v1/tokens", "mn-Mong, zh;q=0.5", null);
        HttpResponse<String> chinese = call("/api/v1/tokens", null, null);
        HttpResponse<String> english = call("/api/v1/tokens", "en-US, en;q=0.9", null);

        assertThat(mongolian.statusCode()).isEqualTo(401);
        assertThat(detail(mongolian)).isEqualTo("ᠳᠠᠩᠰᠠ ᠪᠠ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠪᠤᠶᠤ ᠬᠦᠴᠦᠨ ᠲᠡᠢ API ᠲᠡᠮᠳᠡᠭ ᠢ ᠥᠭᠭᠦᠭᠡᠷᠡᠢ᠃");
        assertThat(detail(chinese)).isEqualTo("请提供用户名和密码，或有效的 API 令牌。");
        assertThat(detail(english))
                .as("a language we do not serve gets Chinese")
                .isEqualTo(detail(chinese));
    }

    @Test
    void theHeadersWeightsChooseBetweenTheTwoLanguages() throws Exception {
        assertThat(detail(call("/api/v1/tokens", "zh-CN, mn;q=0.8", null))).startsWith("请提供");
        assertThat(detail(call("/api/v1/tokens", "zh-CN;q=0.3, mn;q=0.8", null)))
                .startsWith("ᠳᠠᠩᠰᠠ");
    }

    @Test
    void anUnknownBearerTokenIsRefusedInTheCallersLanguage() throws Exception {
        HttpResponse<String> mongolian = call("/api/v1/tokens", "mn", "Bearer kp_unknown");
        HttpResponse<String> chinese = call("/api/v1/tokens", null, "Bearer kp_unknown");

        assertThat(mongolian.statusCode()).isEqualTo(401);
        assertThat(detail(mongolian))
                .isEqualTo("API ᠲᠡᠮᠳᠡᠭ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ᠂ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠭᠳᠠᠭᠰᠠᠨ᠃");
        assertThat(detail(chinese)).isEqualTo("API 令牌无效、已过期或已撤销。");
    }

    @Test
    void aControllersProblemDetailFollowsTheHeaderToo() throws Exception {
        HttpResponse<String> mongolian = call("/api/v1/videos/987654321", "mn", null);
        HttpResponse<String> chinese = call("/api/v1/videos/987654321", null, null);

        assertThat(mongolian.statusCode()).isEqualTo(404);
        assertThat(detail(mongolian)).isEqualTo("ᠲᠠᠨ ᠤ ᠬᠠᠢᠭᠰᠠᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ ᠪᠤᠶᠤ ᠳᠣᠣᠷᠠᠭᠤᠯᠤᠭᠳᠠᠪᠠ᠃");
        assertThat(detail(chinese)).isEqualTo("您要找的内容不存在或已下线。");
    }

    @Test
    void aPageKeepsItsUrlsLanguageWhateverTheHeaderSays() throws Exception {
        HttpResponse<String> chinesePage = http.send(
                HttpRequest.newBuilder(uri("/"))
                        .header("Accept-Language", "mn")
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chinesePage.body()).contains("<html lang=\"zh-CN\"");
    }

    private HttpResponse<String> call(String path, String language, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String detail(HttpResponse<String> response) throws Exception {
        JsonNode body = json.readTree(response.body());
        return body.path("detail").asString();
    }
}
