package org.kepu.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.article.Articles;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The Mongolian site under /mn beside the Chinese one at the root. */
class LanguageIntegrationTests extends PortalIntegrationTest {

    @Autowired
    Articles articles;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private static final Pattern ARTICLE = Pattern.compile("href=\"(/mn)?/articles/(\\d+)\"");

    @Test
    void theMongolianHomeIsMongolianAndKeepsItsLinksInMongolian() throws Exception {
        HttpResponse<String> home = get("/mn/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("<html lang=\"mn-Mong\"")
                .contains("ᠡᠬᠢ ᠨᠢᠭᠤᠷ")
                .contains("href=\"/mn/css/mongolian-")
                .contains("href=\"/mn/fonts/noto-sans-mongolian.woff2\"")
                .contains("hreflang=\"zh-CN\" href=\"http://127.0.0.1:" + port + "/\"")
                .contains("hreflang=\"mn-Mong\" href=\"http://127.0.0.1:" + port + "/mn/\"")
                .contains("hreflang=\"x-default\" href=\"http://127.0.0.1:" + port + "/\"")
                .contains("href=\"/language?to=zh&amp;back=/\"");
        Matcher article = ARTICLE.matcher(home.body());
        assertThat(article.find()).isTrue();
        assertThat(article.group(1)).isEqualTo("/mn");
        // a video's files and the API have one address in both languages
        assertThat(home.body())
                .contains("src=\"/media/videos/")
                .doesNotContain("/mn/media/")
                .doesNotContain("/mn/api/");
        // Chinese items on a Mongolian page say so
        assertThat(home.body()).contains("class=\"card article\" lang=\"zh-CN\"");
    }

    @Test
    void theChineseHomeLoadsNoMongolianFontAndOffersTheSwitch() throws Exception {
        // the Mongolian page first: a kept page of one language must never answer the other
        assertThat(get("/mn/").body()).contains("lang=\"mn-Mong\"");
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("<html lang=\"zh-CN\"")
                .doesNotContain("mongolian.css")
                .doesNotContain("noto-sans-mongolian")
                .contains("href=\"/language?to=mn&amp;back=/\"");
        Matcher article = ARTICLE.matcher(home.body());
        assertThat(article.find()).isTrue();
        assertThat(article.group(1)).isNull();
        assertThat(get("/mn/").body()).contains("lang=\"mn-Mong\"");
    }

    @Test
    void anArticleHasItsOwnAddressInEachLanguage() throws Exception {
        // one without a Mongolian version (the demo gives one article a version): its Mongolian page shows the Chinese
        Matcher article = ARTICLE.matcher(get("/").body());
        String id = null;
        while (id == null && article.find()) {
            long candidate = Long.parseLong(article.group(2));
            if (articles.translationsOf(List.of(candidate))
                    .getOrDefault(candidate, List.of())
                    .isEmpty()) {
                id = article.group(2);
            }
        }
        assertThat(id).isNotNull();

        HttpResponse<String> page = get("/mn/articles/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("rel=\"canonical\" href=\"http://127.0.0.1:" + port + "/mn/articles/" + id + "\"")
                .contains("hreflang=\"zh-CN\" href=\"http://127.0.0.1:" + port + "/articles/" + id + "\"")
                .contains("<h1 lang=\"zh-CN\"");
        assertThat(get("/articles/" + id).body())
                .contains("rel=\"canonical\" href=\"http://127.0.0.1:" + port + "/articles/" + id + "\"");
    }

    @Test
    void theFooterNamesTheOperatorInThePagesLanguage() throws Exception {
        assertThat(get("/mn/").body())
                .contains("<dd lang=\"mn-Mong\">ᠡᠵᠡᠨ ᠬᠣᠷᠣᠭ᠎ᠠ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠲᠸᠬᠨᠢᠭ ᠦᠨ ᠨᠡᠢᠭᠡᠮᠯᠢᠭ</dd>")
                .contains("<dd lang=\"zh-CN\"><a href=\"https://beian.miit.gov.cn/\"")
                .doesNotContain("伊金霍洛旗科学技术协会");
        assertThat(get("/").body())
                .contains("<dd lang=\"zh-CN\">伊金霍洛旗科学技术协会</dd>")
                .doesNotContain("ᠨᠡᠢᠭᠡᠮᠯᠢᠭ");
    }

    @Test
    void theMongolianSearchPageOffersMongolianPicksFirstAndEachFinds() throws Exception {
        String page = get("/mn/search").body();
        assertThat(page.indexOf("<li lang=\"mn-Mong\"><a href=\"/mn/search?q="))
                .as("a Mongolian pick, before the Chinese ones")
                .isGreaterThan(0)
                .isLessThan(page.indexOf("<li lang=\"zh-CN\"><a href=\"/mn/search?q="));
        assertThat(get("/search").body()).doesNotContain("ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ");
        for (String pick : List.of("ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ", "ᠣᠨᠴᠠ ᠪᠠᠢᠳᠠᠯ")) {
            String found = get("/api/v1/search?lang=mn&q="
                            + java.net.URLEncoder.encode(pick, java.nio.charset.StandardCharsets.UTF_8))
                    .body();
            assertThat(found).as(pick).doesNotContain("\"total\":0");
        }
    }

    @Test
    void theDemoHasAnArticleInBothLanguages() throws Exception {
        HttpResponse<String> found = get("/api/v1/search?lang=mn&q="
                + java.net.URLEncoder.encode("ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ", java.nio.charset.StandardCharsets.UTF_8));
        Matcher version = Pattern.compile("\"id\":(\\d+),\"type\":\"article\",\"title\":\"ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ ᠢᠷᠡᠪᠡᠯ")
                .matcher(found.body());
        assertThat(version.find()).as(found.body()).isTrue();
        String page = get("/mn/articles/" + version.group(1)).body();
        assertThat(page)
                .contains("<h1 lang=\"mn-Mong\"")
                .contains("ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ ᠢᠷᠡᠪᠡᠯ ᠪᠡᠶ᠎ᠡ ᠪᠡᠨ ᠬᠡᠷᠬᠢᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠪᠤᠢ")
                .as("the version links to its original")
                .contains("沙尘暴来了，这样做能保护自己");
    }

    @Test
    void theSwitchRemembersTheChoiceForTheHomePageAndStaysOnThisSite() throws Exception {
        HttpResponse<String> toMongolian = get("/language?to=mn&back=/articles/1?from=share");
        assertThat(toMongolian.statusCode()).isEqualTo(302);
        assertThat(toMongolian.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/mn/articles/1?from=share"));
        assertThat(toMongolian.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        c -> assertThat(c).startsWith("kepu_lang=mn;").contains("Path=/"));

        HttpResponse<String> back = send(HttpRequest.newBuilder(uri("/")).header("Cookie", "kepu_lang=mn"));
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/mn/"));
        // only the home page follows the cookie: a Chinese link stays Chinese
        assertThat(send(HttpRequest.newBuilder(uri("/search")).header("Cookie", "kepu_lang=mn"))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> toChinese = get("/language?to=zh&back=/mn/../search");
        assertThat(toChinese.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("kepu_lang=zh;"));

        HttpResponse<String> away = get("/language?to=mn&back=https://evil.example/");
        assertThat(away.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("evil").endsWith("/mn/"));
        assertThat(get("/mn").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/mn/"));
    }

    @Test
    void mediaAndApiAddressesUnderMnLeadToTheirOneAddress() throws Exception {
        HttpResponse<String> api = get("/mn/api/v1/search?q=x");
        assertThat(api.statusCode()).isEqualTo(308);
        assertThat(api.headers().firstValue("Location")).hasValue("/api/v1/search?q=x");
        assertThat(get("/mn/media/videos/1/poster.jpg").headers().firstValue("Location"))
                .hasValue("/media/videos/1/poster.jpg");
    }

    @Test
    void eachLanguageHasItsSitemapAndRobotsNamesBoth() throws Exception {
        String base = "http://127.0.0.1:" + port;
        assertThat(get("/robots.txt").body())
                .contains("Sitemap: " + base + "/sitemap.xml")
                .contains("Sitemap: " + base + "/mn/sitemap.xml")
                .contains("Disallow: /mn/editor/");
        assertThat(get("/mn/sitemap.xml").body())
                .contains("<loc>" + base + "/mn/articles/")
                .doesNotContain("<loc>" + base + "/articles/");
    }

    /** The prefix is no way around the rules: the back office under /mn is as closed as without it. */
    @Test
    void theBackOfficeUnderMnIsClosedToTheAnonymousAndToTheWrongRole() throws Exception {
        List<String> closed = List.of(
                "/editor/articles",
                "/admin/users",
                "/registrar/registrations",
                "/judge",
                "/account/password",
                "/creator/videos",
                "/editor/notice");
        for (String path : closed) {
            HttpResponse<String> anonymous = get("/mn" + path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/mn/login"));
        }
        assertThat(get("/mn/actuator/prometheus").statusCode()).isEqualTo(308);

        String name = "mn-creator-" + System.nanoTime();
        accounts.add(
                Account.create(name, encoder.encode("创作者-密码-mn-7"), name, EnumSet.of(Role.CREATOR), Instant.now()));
        PageSession creator = PageSession.login(path -> uri("/mn" + path), name, "创作者-密码-mn-7");
        for (String path : List.of("/editor/articles", "/admin/users", "/registrar/registrations", "/editor/notice")) {
            assertThat(creator.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(creator.get("/creator/entries").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingMongolianPageSaysSoInMongolian() throws Exception {
        HttpResponse<String> missing = get("/mn/articles/999999999");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("lang=\"mn-Mong\"").contains("ᠨᠢᠭᠤᠷ");
    }

    @Test
    void oneSignInServesBothLanguages() throws Exception {
        PageSession session = PageSession.login(path -> uri("/mn" + path), ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> mongolian = session.get("/account/password");
        assertThat(mongolian.statusCode()).isEqualTo(200);
        assertThat(mongolian.body())
                .contains("lang=\"mn-Mong\"")
                .contains("ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋")
                .doesNotContain("新密码");
        assertThat(session.get("/account/sessions").body()).contains("ᠪᠦᠬᠦ ᠲᠥᠬᠥᠭᠡᠷᠡᠮᠵᠢ ᠡᠴᠡ ᠭᠠᠷᠬᠤ");
        assertThat(get("/mn/password/forgot").body())
                .contains("ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢᠶᠠᠨ ᠣᠯᠵᠤ ᠠᠪᠬᠤ")
                .doesNotContain("找回密码");

        PageSession chinese = session.at(path -> uri(path));
        HttpResponse<String> sameSession = chinese.get("/account/password");
        assertThat(sameSession.statusCode()).isEqualTo(200);
        assertThat(sameSession.body()).contains("lang=\"zh-CN\"");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
