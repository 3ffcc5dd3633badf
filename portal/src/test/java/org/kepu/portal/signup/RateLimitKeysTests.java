package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.kepu.portal.web.ClientAddresses;
import org.springframework.beans.factory.annotation.Autowired;

/** Whom the rate limits count: IPv6 clients by /64, never an address the client wrote itself. */
class RateLimitKeysTests extends ThrottledPortalTest {

    @Autowired
    RateLimits limits;

    @Test
    void twoToTheSixteenAddressesOfOneSlash64ShareOneBucketAndEvictNoOne() {
        RateLimit limit = limits.limit("test-ipv6", 5, Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire(ClientAddresses.keyOf("203.0.113.9"))).isTrue();
        }
        assertThat(limit.tryAcquire(ClientAddresses.keyOf("203.0.113.9"))).isFalse();

        int allowed = 0;
        for (int i = 0; i < 65_536; i++) {
            String address =
                    "2001:db8:aa:bb:" + Integer.toHexString(i) + ":" + Integer.toHexString(i * 7 & 0xffff) + ":1:2";
            if (limit.tryAcquire(ClientAddresses.keyOf(address))) {
                allowed++;
            }
        }

        assertThat(allowed).as("one allowance for the whole /64").isEqualTo(5);
        assertThat(ClientAddresses.keyOf("2001:DB8:AA:BB::1"))
                .isEqualTo(ClientAddresses.keyOf("2001:db8:aa:bb:ffff:ffff:ffff:ffff"));
        assertThat(limit.tryAcquire(ClientAddresses.keyOf("203.0.113.9")))
                .as("the other client's used-up bucket was not evicted or reset")
                .isFalse();
        assertThat(limit.tryAcquire(ClientAddresses.keyOf("2001:db8:aa:bc::1")))
                .as("the next /64")
                .isTrue();
        assertThat(ClientAddresses.keyOf("::ffff:198.51.100.4")).isEqualTo("198.51.100.4");
    }

    @Test
    void xForwardedForFromAClientThatIsNotATrustedProxyIsIgnored() {
        String seen = send(HttpRequest.newBuilder(uri("/test/rate-limit-address"))
                        .header("X-Forwarded-For", "203.0.113.77")
                        .GET()
                        .build())
                .body();

        assertThat(seen).isEqualTo("127.0.0.1");
    }

    @Test
    void productionTrustsOnlyTheConfiguredProxiesAndNginxOverwritesTheHeader() throws IOException {
        String production = Files.readString(Path.of("src/main/resources/application-production.yml"));
        String nginx = Files.readString(Path.of("../deploy/nginx.conf"));

        assertThat(production).contains("internal-proxies: ${KEPU_TRUSTED_PROXIES}");
        assertThat(nginx)
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .doesNotContain("$proxy_add_x_forwarded_for");
    }
}
