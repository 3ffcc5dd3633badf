package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.portal.PageSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing up signs the creator in and leads back to where they came from: a path of this site
 * named by {@code continue}, or the page the login form was asked for; never another site.
 */
class SignupContinueTests extends ThrottledPortalTest {

    private static final Pattern CAPTCHA = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "创作者-Mima-2026";

    @Autowired
    Captchas captchas;

    @Test
    void aNewCreatorIsSignedInAndContinuesToTheSamePageTheyCameFrom() {
        PageSession visitor = PageSession.anonymous(this::uri);
        String page = visitor.get("/signup?continue=/contests?tab=open").body();
        assertThat(page).contains("name=\"continue\" value=\"/contests?tab=open\"");

        HttpResponse<String> signedUp = signup(visitor, page, "/contests?tab=open");

        assertThat(signedUp.statusCode()).isEqualTo(302);
        assertThat(location(signedUp)).endsWith("/contests?tab=open");
        assertThat(visitor.get("/creator/entries").statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void anotherSiteIsNeverWhereSignUpLeads() {
        for (String foreign : new String[] {
            "https://evil.example/phish",
            "//evil.example/phish",
            "/\\evil.example",
            "http:/evil.example",
            "javascript:alert(1)"
        }) {
            PageSession visitor = PageSession.anonymous(this::uri);
            String page = visitor.get("/signup?continue="
                            + java.net.URLEncoder.encode(foreign, java.nio.charset.StandardCharsets.UTF_8))
                    .body();
            // the 长辈模式 and language switches return to this very page, a same-site path; nothing else may echo
            // the target
            String rest = page.replaceAll("name=\"back\" value=\"/signup\\?[^\"]*\"", "")
                    .replaceAll("href=\"/language\\?to=mn&amp;back=/signup\\?[^\"]*\"", "");
            assertThat(rest).doesNotContain("name=\"continue\"").doesNotContain("evil.example");

            HttpResponse<String> signedUp = signup(visitor, page, foreign);

            assertThat(signedUp.statusCode()).as(foreign).isEqualTo(302);
            assertThat(location(signedUp)).as(foreign).doesNotContain("evil").endsWith("/creator/entries");
        }
    }

    @Test
    void thePageTheLoginWasAskedForIsWhereSignUpLeadsWithoutContinue() {
        PageSession visitor = PageSession.anonymous(this::uri);
        HttpResponse<String> refused = visitor.get("/creator/videos/new");
        assertThat(location(refused)).endsWith("/login");

        HttpResponse<String> signedUp = signup(visitor, visitor.get("/signup").body(), null);

        assertThat(location(signedUp)).endsWith("/creator/videos/new");
        assertThat(visitor.get("/creator/videos/new").statusCode()).isEqualTo(200);
    }

    @Test
    void aCreatorSignsInToTheirEntries() {
        PageSession visitor = PageSession.anonymous(this::uri);
        String phone = phone();
        signup(visitor, visitor.get("/signup").body(), null, phone);
        PageSession creator = PageSession.anonymous(this::uri);
        creator.get("/login");
        HttpResponse<String> login = creator.post("/login", "username", phone, "password", PASSWORD);
        assertThat(location(login)).endsWith("/login/landing");
        assertThat(location(creator.get("/login/landing"))).endsWith("/creator/entries");
        String entries = creator.get("/creator/entries").body();
        assertThat(entries)
                .as("the phone number masked on the creator's pages")
                .contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone)
                .contains("/account/password");
        assertThat(creator.get("/account/password").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signup(PageSession visitor, String page, String target) {
        return signup(visitor, page, target, phone());
    }

    private HttpResponse<String> signup(PageSession visitor, String page, String target, String phone) {
        Matcher token = CAPTCHA.matcher(page);
        assertThat(token.find()).isTrue();
        String answer = captchas.answerOf(token.group(1)).orElseThrow();
        return visitor.post(
                "/signup",
                "contact",
                phone,
                "displayName",
                "小创作者",
                "password",
                PASSWORD,
                "passwordAgain",
                PASSWORD,
                "consent",
                "true",
                "captchaToken",
                token.group(1),
                "captcha",
                answer,
                "continue",
                target == null ? "" : target);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String phone() {
        return "137" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
    }
}
