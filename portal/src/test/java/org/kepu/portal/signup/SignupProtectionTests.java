package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.throttle.UsedChallenges;
import org.kepu.portal.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The sign-up challenges: each solution counts once, on every portal, however it is re-encoded. */
class SignupProtectionTests extends ThrottledPortalTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[16]);
    private static final SignupSettings SETTINGS = new SignupSettings(
            SECRET,
            Duration.ofMinutes(10),
            5,
            Duration.ofHours(1),
            100,
            Duration.ofHours(1),
            5,
            Duration.ofSeconds(1),
            Duration.ofMinutes(15),
            1000);
    private static final Pattern CAPTCHA = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "创作者-Mima-2026";

    @Autowired
    UsedChallenges used;

    @Autowired
    Captchas captchas;

    @Autowired
    Accounts accounts;

    @Autowired
    ObjectMapper json;

    @Test
    void aCaptchaIsSolvedOnceWithItsAnswerInAnyCase() {
        Captchas captchas = new Captchas(SETTINGS, Clock.systemUTC(), used);
        String token = captchas.issue();
        String answer = captchas.answerOf(token).orElseThrow();

        assertThat(answer).matches("[A-Z2-9]{4}");
        assertThat(captchas.check(token, answer.toLowerCase())).isTrue();
        assertThat(captchas.check(token, answer)).as("a token counts once").isFalse();
    }

    @Test
    void aWrongAnswerUsesTheTokenUp() {
        Captchas captchas = new Captchas(SETTINGS, Clock.systemUTC(), used);
        String token = captchas.issue();
        String answer = captchas.answerOf(token).orElseThrow();

        assertThat(captchas.check(token, "0000")).isFalse();
        assertThat(captchas.check(token, answer)).isFalse();
    }

    @Test
    void aSolvedCaptchaReEncodedOrOnAnotherPortalIsRefused() {
        Captchas portal1 = new Captchas(SETTINGS, Clock.systemUTC(), used);
        Captchas portal2 = new Captchas(SETTINGS, Clock.systemUTC(), used);
        String token = portal1.issue();
        String answer = portal1.answerOf(token).orElseThrow();
        List<String> variants = reEncodings(token);
        variants.forEach(variant -> assertThat(portal1.answerOf(variant))
                .as("%s opens like the token", variant)
                .contains(answer));

        assertThat(portal1.check(token, answer)).isTrue();
        for (String variant : variants) {
            assertThat(portal1.check(variant, answer))
                    .as("replayed as %s", variant)
                    .isFalse();
            assertThat(portal2.check(variant, answer))
                    .as("replayed on another portal as %s", variant)
                    .isFalse();
        }
    }

    @Test
    void forgedExpiredAndForeignTokensFail() {
        Instant start = Instant.parse("2026-11-29T00:00:00Z");
        Captchas captchas = new Captchas(SETTINGS, Clock.fixed(start, ZoneOffset.UTC), used);
        Captchas otherKey = new Captchas(
                new SignupSettings(
                        Base64.getEncoder()
                                .encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}),
                        Duration.ofMinutes(10),
                        5,
                        Duration.ofHours(1),
                        100,
                        Duration.ofHours(1),
                        5,
                        Duration.ofSeconds(1),
                        Duration.ofMinutes(15),
                        1000),
                Clock.fixed(start, ZoneOffset.UTC),
                used);
        String token = captchas.issue();

        assertThat(captchas.answerOf("not-a-token")).isEmpty();
        char[] tampered = token.toCharArray();
        tampered[20] = tampered[20] == 'A' ? 'B' : 'A';
        assertThat(captchas.answerOf(new String(tampered))).as("tampered").isEmpty();
        assertThat(otherKey.answerOf(token)).as("sealed with another key").isEmpty();
        Captchas sameKeyLater =
                new Captchas(SETTINGS, Clock.fixed(start.plus(Duration.ofMinutes(11)), ZoneOffset.UTC), used);
        assertThat(sameKeyLater.answerOf(token)).isEmpty();
        assertThat(sameKeyLater.check(token, captchas.answerOf(token).orElseThrow()))
                .isFalse();
    }

    @Test
    void theCaptchaIsAPictureWithoutInstalledFonts() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(captchas.image(captchas.issue())));

        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(image.getHeight()).isEqualTo(56);
        int dark = 0;
        for (int x = 0; x < 160; x++) {
            for (int y = 0; y < 56; y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("letters drawn").isGreaterThan(200);
    }

    @Test
    void aCaptchaReplayedWithOtherPaddingIsRefusedBySignUp() {
        PageSession visitor = PageSession.anonymous(this::uri);
        String token = captchaToken(visitor);
        String answer = captchas.answerOf(token).orElseThrow();

        assertThat(signup(visitor, phone(), "captchaToken", token, "captcha", answer)
                        .statusCode())
                .isEqualTo(302);
        for (String variant : reEncodings(token)) {
            String phone = phone();
            HttpResponse<String> replay = signup(visitor, phone, "captchaToken", variant, "captcha", answer);
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(replay.body()).contains("验证码不正确或已过期");
            assertThat(accounts.findByUsername(phone)).isEmpty();
        }
    }

    @Test
    void peopleSignUpWithAProofOfWorkInsteadOfThePictureOnceForEachSolution() throws Exception {
        PageSession visitor = PageSession.anonymous(this::uri);
        assertThat(visitor.get("/signup").body())
                .contains("<altcha-widget")
                .contains("我不是机器人")
                .contains("换一张");
        JsonNode challenge = json.readTree(visitor.get("/signup/challenge").body());
        Altcha.Solution solution = Altcha.solveChallenge(
                challenge.path("challenge").asString(),
                challenge.path("salt").asString(),
                Altcha.Algorithm.SHA256,
                challenge.path("maxnumber").asLong(),
                0);
        String payloadJson = "{\"algorithm\":\"SHA-256\",\"challenge\":\""
                + challenge.path("challenge").asString()
                + "\",\"number\":" + solution.number + ",\"salt\":\""
                + challenge.path("salt").asString()
                + "\",\"signature\":\"" + challenge.path("signature").asString() + "\"}";
        String payload = Base64.getEncoder().encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        String phone = phone();

        assertThat(signup(visitor, phone, "altcha", payload).statusCode()).isEqualTo(302);
        assertThat(accounts.findByUsername(phone)).isPresent();

        String reordered = "{ \"salt\": \"" + challenge.path("salt").asString() + "\", \"number\": " + solution.number
                + ", \"algorithm\": \"SHA-256\", \"signature\": \""
                + challenge.path("signature").asString()
                + "\", \"challenge\": \"" + challenge.path("challenge").asString() + "\", \"took\": 12 }";
        for (String replayed : List.of(
                payload,
                payload.replace("=", ""),
                Base64.getEncoder().encodeToString(reordered.getBytes(StandardCharsets.UTF_8)))) {
            String other = phone();
            HttpResponse<String> replay = signup(visitor, other, "altcha", replayed);
            assertThat(replay.statusCode()).as("replayed as %s", replayed).isEqualTo(200);
            assertThat(accounts.findByUsername(other)).isEmpty();
        }
        assertThat(signup(visitor, phone(), "altcha", "bm90IGEgc29sdXRpb24=").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theNewPictureButtonKeepsWhatWasTyped() {
        PageSession visitor = PageSession.anonymous(this::uri);
        String token = captchaToken(visitor);

        HttpResponse<String> again = visitor.post(
                "/signup", "contact", "13912345678", "displayName", "小明", "captchaToken", token, "newCaptcha", "1");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .contains("value=\"13912345678\"")
                .contains("value=\"小明\"")
                .doesNotContain("alert");
        assertThat(captchaTokenIn(again.body())).isNotEqualTo(token);
    }

    @Test
    void aWeakPasswordIsRefusedBySignUpWithThePolicysReasonsAndNoAccount() {
        PageSession visitor = PageSession.anonymous(this::uri);
        String token = captchaToken(visitor);
        String phone = phone();

        HttpResponse<String> weak = visitor.post(
                "/signup",
                "contact",
                phone,
                "displayName",
                "小创作者",
                "password",
                "password1",
                "passwordAgain",
                "password1",
                "consent",
                "true",
                "captchaToken",
                token,
                "captcha",
                captchas.answerOf(token).orElseThrow());

        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("密码至少要有 10 个字符").contains("至少 3 类（现在只有 2 类）");
        assertThat(accounts.findByUsername(phone)).isEmpty();
    }

    /** The same bytes, written differently: with padding, and with other unused trailing bits. */
    private static List<String> reEncodings(String token) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int unusedBits = (6 * token.length()) % 8;
        char last = token.charAt(token.length() - 1);
        int value = alphabet.indexOf(last);
        String otherBits = token.substring(0, token.length() - 1) + alphabet.charAt(value ^ ((1 << unusedBits) - 1));
        String padding = "=".repeat((4 - token.length() % 4) % 4);
        return List.of(token + padding, otherBits, otherBits + padding);
    }

    private HttpResponse<String> signup(PageSession visitor, String phone, String... challenge) {
        String[] fields = new String[10 + challenge.length];
        System.arraycopy(
                new String[] {
                    "contact",
                    phone,
                    "displayName",
                    "小创作者",
                    "password",
                    PASSWORD,
                    "passwordAgain",
                    PASSWORD,
                    "consent",
                    "true"
                },
                0,
                fields,
                0,
                10);
        System.arraycopy(challenge, 0, fields, 10, challenge.length);
        visitor.get("/signup");
        return visitor.post("/signup", fields);
    }

    private static String captchaToken(PageSession visitor) {
        return captchaTokenIn(visitor.get("/signup").body());
    }

    private static String captchaTokenIn(String page) {
        Matcher token = CAPTCHA.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String phone() {
        return "136" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
    }
}
