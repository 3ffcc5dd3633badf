package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.contest.Creators;
import org.kepu.portal.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password guessing on every way in, against the real portal with the production limits. */
class LoginThrottleIntegrationTests extends ThrottledPortalTest {

    private static final String PASSWORD = "创作者-密码-2026";

    @Autowired
    Creators creators;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    LoginThrottle throttle;

    @Test
    void sixtyWrongBasicPasswordsAreAnswered429AfterTheAllowance() {
        String phone = newCreator();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> throttled = null;
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> response = basicTokenRequest(phone, "猜的密码-" + i);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                throttled = response;
            }
        }

        // three free failures, the fourth starts a 5 s back-off: at most a few more get through
        assertThat(statuses.subList(0, 4)).containsOnly(401);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(50);
        assertThat(throttled).isNotNull();
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 20L));
        assertThat(throttled.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.body()).contains("\"status\":429").contains("登录失败次数过多");
    }

    @Test
    void theActuatorAndUnknownBearerTokensAreThrottledToo() {
        String phone = newCreator();
        for (int i = 0; i < 4; i++) {
            basicTokenRequest(phone, "猜的密码-" + i);
        }
        HttpResponse<String> actuator = send(HttpRequest.newBuilder(uri("/actuator/env"))
                .header("Authorization", basic(phone, "再猜一次"))
                .GET()
                .build());
        assertThat(actuator.statusCode())
                .as("the same account through the actuator")
                .isEqualTo(429);

        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 50; i++) {
            throttle.failed(null, address); // what the filter records for each unknown token
        }
        assertThat(throttle.refusal(address)).isPresent();
        assertThat(throttle.refusal("198.51.100.0")).as("other addresses").isEmpty();
    }

    @Test
    void successfulLoginsDoNotCount() {
        String phone = newCreator();
        for (int i = 0; i < 10; i++) {
            PageSession.login(this::uri, phone, PASSWORD);
        }
        assertThat(basicTokenRequest(phone, "错误的密码").statusCode()).isEqualTo(401);
        assertThat(basicTokenRequest(phone, PASSWORD).statusCode())
                .as("a success clears the failures before it")
                .isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertThat(basicTokenRequest(phone, "错误的密码-" + i).statusCode()).isEqualTo(401);
        }
        PageSession.login(this::uri, phone, PASSWORD);
    }

    @Test
    void theVariantsOfAPhoneNumberShareOneCount() {
        String phone = newCreator();
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        List<String> variants =
                List.of(spaced, "+86 " + phone, "+86" + phone, phone.substring(0, 3) + "-" + phone.substring(3));

        for (String variant : variants) {
            assertThat(basicTokenRequest(variant, "猜的密码").statusCode()).isEqualTo(401);
        }

        assertThat(basicTokenRequest(phone, "还是猜的").statusCode()).isEqualTo(429);
        PageSession form = PageSession.anonymous(this::uri);
        HttpResponse<String> login = form.post("/login", "username", "+86 " + spaced, "password", "还是猜的");
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
        assertThat(form.get("/login?throttled").body()).contains("登录失败次数过多");
    }

    @Test
    void unknownNamesAreCountedByTheirNormalisedForm() {
        String phone =
                "137" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        for (int i = 0; i < 4; i++) {
            basicTokenRequest(i % 2 == 0 ? phone : "+86 " + phone, "猜的密码");
        }
        assertThat(basicTokenRequest(phone.substring(0, 3) + " " + phone.substring(3), "猜的密码")
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void theAdministratorLogsInWithTheRightPasswordOnceTheBackOffHasPassed() {
        for (int i = 0; i < 12; i++) {
            basicTokenRequest(ADMIN, "攻击者猜的-" + i);
        }
        assertThat(basicTokenRequest(ADMIN, ADMIN_PASSWORD).statusCode())
                .as("during the back-off even the right password waits")
                .isEqualTo(429);

        // no lock-out: the wait is bounded (5 s here; 1 s doubling up to 15 min by default)
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> basicTokenRequest(ADMIN, ADMIN_PASSWORD).statusCode() == 201);
        assertThat(basicTokenRequest(ADMIN, "攻击者又猜的").statusCode())
                .as("the success cleared the count: the next failure is a free one")
                .isEqualTo(401);
        PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void anAddressSprayingManyAccountsIsStopped() {
        String address = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":1::";
        for (int i = 0; i < 50; i++) {
            throttle.failed("账号-" + i, address + Integer.toHexString(i + 1));
        }

        assertThat(throttle.refusal("另一个账号", address + "ffff"))
                .as("the whole /64 counts as one address")
                .isPresent();
        assertThat(throttle.refusal("另一个账号", "2001:db8:ffff:1::1")).isEmpty();
    }

    private String newCreator() {
        String phone =
                "139" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        creators.register(phone, "小华", passwords.encode(PASSWORD), true);
        return phone;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
