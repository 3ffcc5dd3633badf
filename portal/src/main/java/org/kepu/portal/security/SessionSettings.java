package org.kepu.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a signed-in session, enforced on the server.
 *
 * @param idleTimeout a session unused this long ends
 * @param absoluteLifetime a session ends this long after its login, however busy it is
 */
@ConfigurationProperties("kepu.sessions")
record SessionSettings(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteLifetime) {

    SessionSettings {
        if (idleTimeout.isNegative()
                || idleTimeout.isZero()
                || absoluteLifetime.isNegative()
                || absoluteLifetime.isZero()) {
            throw new IllegalArgumentException("kepu.sessions.idle-timeout and absolute-lifetime must be positive");
        }
    }
}
