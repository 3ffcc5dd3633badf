package org.kepu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.portal.PortalIntegrationTest;

/** 长辈模式 and 字号 without JavaScript: a GET form sets a cookie, returns to the page, and pages render from it. */
class ReadingPreferencesIntegrationTests extends PortalIntegrationTest {

    @Test
    void theSwitchSetsACookieAndReturnsToThePage() throws Exception {
        HttpResponse<String> on = get("/preferences?elderly=on&back=" + encode("/search?q=应急"));

        assertThat(on.statusCode()).isEqualTo(302);
        assertThat(on.headers().firstValue("Location").orElseThrow()).endsWith("/search?q=" + encode("应急"));
        assertThat(on.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("kepu_elderly=1").contains("Path=/", "Max-Age="));
        assertThat(get("/preferences?elderly=off").headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("kepu_elderly=0"));
    }

    @Test
    void pagesRenderTheModeFromTheCookie() throws Exception {
        String off = get("/").body();
        String on = withCookie("/", "kepu_elderly=1");

        assertThat(off).contains("aria-pressed=\"false\"", "media=\"not all\"", ">关<");
        assertThat(on).contains("aria-pressed=\"true\"", "media=\"all\"", ">开<", "name=\"elderly\" value=\"off\"");
    }

    @Test
    void theTextSizeIsRememberedForArticles() throws Exception {
        Matcher link = Pattern.compile("href=\"(/articles/\\d+)\"").matcher(get("/").body());
        assertThat(link.find()).isTrue();
        String article = withCookie(link.group(1), "kepu_text=large");

        assertThat(article)
                .contains("body text-large")
                .containsPattern("value=\"large\"[^>]*aria-pressed=\"true\"")
                .containsPattern("value=\"medium\"[^>]*aria-pressed=\"false\"");
        assertThat(get("/preferences?text=large").headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("kepu_text=large"));
        assertThat(get("/preferences?text=huge").headers().allValues("Set-Cookie"))
                .isEmpty();
    }

    @Test
    void itReturnsOnlyToPagesOfThisSite() throws Exception {
        for (String elsewhere :
                new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            HttpResponse<String> response = get("/preferences?elderly=on&back=" + encode(elsewhere));
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(elsewhere)
                    .isIn("/", uri("/").toString());
        }
    }

    private String withCookie(String path, String cookie) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
