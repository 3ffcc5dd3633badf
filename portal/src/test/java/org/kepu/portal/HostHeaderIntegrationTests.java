package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A forged Host (or X-Forwarded-Host, or Forwarded) header never comes back in a page, feed,
 * sitemap, robots.txt, API media URL or redirect: the embedded default answers with localhost.
 */
class HostHeaderIntegrationTests extends PortalIntegrationTest {

    private static final String EVIL = "evil.example";

    @Test
    void forgedHostsNeverReachPagesFeedsSitemapRobotsOrApiMediaUrls() throws Exception {
        for (String path : publicAddresses()) {
            for (String forged : forgedHeaders()) {
                String answer = RawHttp.send(port, "GET", path, forged + "Accept: text/html,*/*\r\n", null);

                assertThat(RawHttp.status(answer)).as(path + " with " + forged).isEqualTo(200);
                assertThat(answer).as(path + " with " + forged).doesNotContainIgnoringCase(EVIL);
            }
        }
        String sitemap = RawHttp.send(port, "GET", "/sitemap.xml", "Host: " + EVIL + "\r\n", null);
        assertThat(sitemap)
                .as("without a base URL an untrusted Host is replaced by localhost")
                .contains("<loc>http://localhost:" + port + "/</loc>");
    }

    @Test
    void redirectsNeverPointAtAForgedHost() {
        for (String forged : forgedHeaders()) {
            // a protected page sends the visitor to the login form and remembers where they were going
            String protectedPage = RawHttp.send(port, "GET", "/editor/articles", forged, null);
            assertThat(RawHttp.status(protectedPage)).isEqualTo(302);
            assertThat(RawHttp.header(protectedPage, "Location"))
                    .doesNotContain(EVIL)
                    .endsWith("/login");
            String cookie = cookie(protectedPage, null);

            String loginPage = RawHttp.send(port, "GET", "/login", forged + "Cookie: " + cookie + "\r\n", null);
            cookie = cookie(loginPage, cookie);
            String loggedIn = RawHttp.send(
                    port,
                    "POST",
                    "/login",
                    forged + "Cookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                    "username=" + ADMIN + "&password=" + encode(ADMIN_PASSWORD) + "&_csrf=" + encode(csrf(loginPage)));
            assertThat(RawHttp.status(loggedIn)).isEqualTo(302);
            assertThat(RawHttp.header(loggedIn, "Location"))
                    .as("back to the saved request after login")
                    .contains("/editor/articles")
                    .doesNotContain(EVIL);
            cookie = cookie(loggedIn, cookie);

            // post/redirect/get of a signed-in form
            String words =
                    RawHttp.send(port, "GET", "/editor/sensitive-words", forged + "Cookie: " + cookie + "\r\n", null);
            String posted = RawHttp.send(
                    port,
                    "POST",
                    "/editor/sensitive-words/remove",
                    forged + "Cookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                    "word=" + encode("不存在的词") + "&_csrf=" + encode(csrf(words)));
            assertThat(RawHttp.status(posted)).isEqualTo(302);
            assertThat(RawHttp.header(posted, "Location")).isEqualTo("/editor/sensitive-words");

            String loggedOut = RawHttp.send(
                    port,
                    "POST",
                    "/logout",
                    forged + "Cookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                    "_csrf=" + encode(csrf(words)));
            assertThat(RawHttp.status(loggedOut)).isEqualTo(302);
            assertThat(RawHttp.header(loggedOut, "Location")).isEqualTo("/");
        }
    }

    private List<String> publicAddresses() throws Exception {
        String article = getJson("/api/v1/search?q=" + encode("应急") + "&type=article")
                .path("items")
                .path(0)
                .path("url")
                .asString();
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/1").path("status").asString()));
        Matcher column = Pattern.compile("/columns/([a-z0-9-]+)</loc>")
                .matcher(get("/sitemap.xml").body());
        assertThat(column.find()).isTrue();
        List<String> paths = new ArrayList<>(
                List.of("/", article, "/videos/1", "/feed.xml", "/sitemap.xml", "/robots.txt", "/api/v1/videos/1"));
        paths.add("/columns/" + column.group(1) + "/feed.xml");
        return paths;
    }

    private List<String> forgedHeaders() {
        return List.of(
                "Host: " + EVIL + "\r\n",
                "Host: " + EVIL + ":" + port + "\r\n",
                "Host: 127.0.0.1:" + port + "\r\nX-Forwarded-Host: " + EVIL + "\r\nX-Forwarded-Proto: https\r\n",
                "Host: 127.0.0.1:" + port + "\r\nForwarded: host=" + EVIL + ";proto=https\r\n");
    }

    private static String cookie(String answer, String previous) {
        String set = RawHttp.header(answer, "Set-Cookie");
        return set == null ? previous : set.split(";")[0];
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            Matcher meta =
                    Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(meta.find()).as("a CSRF token on the page").isTrue();
            return meta.group(1);
        }
        return token.group(1);
    }
}
