package org.kepu.content.throttle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nonces of solved captchas and proofs of work, in the database so that a solution accepted by one
 * portal is refused by every other; kept until the challenge would have expired anyway.
 */
public final class UsedChallenges {

    private final JdbcClient jdbc;

    UsedChallenges(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Records {@code nonce} as used; true the first time, false ever after (until it expired and was
     * forgotten: by then the challenge itself is refused as expired).
     */
    public boolean firstUse(String nonce, Instant expiresAt) {
        return jdbc.sql("insert into used_challenge (nonce, expires_at) values (?, ?) on conflict do nothing")
                        .params(RateLimit.storedKey(nonce), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** Forgets the nonces of challenges expired before {@code now}; returns how many. */
    public int removeExpired(Instant now) {
        return jdbc.sql("delete from used_challenge where expires_at < ?")
                .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
