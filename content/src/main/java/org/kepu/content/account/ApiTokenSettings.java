package org.kepu.content.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens of the JSON API.
 *
 * @param lifetime how long a token is valid after it was issued; shown to its owner
 */
@ConfigurationProperties("kepu.api-tokens")
public record ApiTokenSettings(@DefaultValue("90d") Duration lifetime) {

    public ApiTokenSettings {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("kepu.api-tokens.lifetime must be positive");
        }
    }
}
