package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignupProtectionTests {

    static final SignupSettings SETTINGS = new SignupSettings("", Duration.ofMinutes(10), 5, Duration.ofHours(1), 3, 2);

    @Test
    void aCaptchaIsSolvedOnceWithItsAnswerInAnyCase() {
        Captchas captchas = new Captchas(SETTINGS, Clock.systemUTC());
        String token = captchas.issue();
        String answer = captchas.answerOf(token).orElseThrow();

        assertThat(answer).matches("[A-Z2-9]{4}");
        assertThat(captchas.check(token, answer.toLowerCase())).isTrue();
        assertThat(captchas.check(token, answer)).as("a token counts once").isFalse();
    }

    @Test
    void aWrongAnswerUsesTheTokenUp() {
        Captchas captchas = new Captchas(SETTINGS, Clock.systemUTC());
        String token = captchas.issue();
        String answer = captchas.answerOf(token).orElseThrow();

        assertThat(captchas.check(token, "0000")).isFalse();
        assertThat(captchas.check(token, answer)).isFalse();
    }

    @Test
    void forgedExpiredAndForeignTokensFail() {
        Instant start = Instant.parse("2026-11-29T00:00:00Z");
        Captchas captchas = new Captchas(SETTINGS, Clock.fixed(start, ZoneOffset.UTC));
        Captchas later = new Captchas(
                new SignupSettings(
                        java.util.Base64.getEncoder().encodeToString(new byte[16]),
                        Duration.ofMinutes(10),
                        5,
                        Duration.ofHours(1),
                        3,
                        2),
                Clock.fixed(start.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));
        String token = captchas.issue();

        assertThat(captchas.answerOf("not-a-token")).isEmpty();
        char[] tampered = token.toCharArray();
        tampered[20] = tampered[20] == 'A' ? 'B' : 'A';
        assertThat(captchas.answerOf(new String(tampered))).as("tampered").isEmpty();
        assertThat(later.answerOf(token)).as("sealed with another key").isEmpty();
        Captchas sameKeyLater = new Captchas(SETTINGS, Clock.fixed(start.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));
        assertThat(sameKeyLater.answerOf(token)).isEmpty();
    }

    @Test
    void theCaptchaIsAPictureWithoutInstalledFonts() throws IOException {
        Captchas captchas = new Captchas(SETTINGS, Clock.systemUTC());

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
    void loginsAreLimitedPerAccountAndPerAddress() throws Exception {
        LoginThrottle throttle = new LoginThrottle(SETTINGS);
        AtomicInteger passed = new AtomicInteger();

        // two attempts per account per minute: the third on the same name is refused
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse response = attempt(throttle, "10.0.0.1", "小明", passed);
            assertThat(response.getStatus())
                    .isEqualTo(i < 2 ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FOUND);
        }
        assertThat(attempt(throttle, "10.0.0.1", "小红", passed).getRedirectedUrl())
                .as("three per address: the fourth from 10.0.0.1 is refused whatever the name")
                .endsWith("/login?throttled");
        assertThat(attempt(throttle, "10.0.0.2", "小刚", passed).getStatus()).isEqualTo(200);
        assertThat(passed).hasValue(3);
    }

    private static MockHttpServletResponse attempt(
            LoginThrottle throttle, String address, String user, AtomicInteger passed) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        request.setParameter("username", user);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                passed.incrementAndGet();
            }
        });
        return response;
    }
}
