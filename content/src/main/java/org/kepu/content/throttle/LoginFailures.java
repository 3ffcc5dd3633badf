package org.kepu.content.throttle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed logins in a row per login key (a resolved account, or the normalised form of an unknown
 * name), in the database so that every portal backs off alike. The back-off policy is the caller's.
 */
public final class LoginFailures {

    /** {@code count} failures in a row, the last at {@code lastAt}. */
    public record Failures(int count, Instant lastAt) {}

    private final JdbcClient jdbc;

    LoginFailures(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The failures in a row of {@code key}; empty when there are none. */
    public Optional<Failures> of(String key) {
        return jdbc.sql("select failures, last_failure_at from login_failure where login_key = ?")
                .param(RateLimit.storedKey(key))
                .query((rs, row) -> new Failures(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Counts one more failure of {@code key} at {@code at}; a count whose last failure is older than
     * {@code forgetBefore} starts again at one. Returns the new count.
     */
    public Failures failed(String key, Instant at, Instant forgetBefore) {
        String stored = RateLimit.storedKey(key);
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        OffsetDateTime forget = OffsetDateTime.ofInstant(forgetBefore, ZoneOffset.UTC);
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("update login_failure set failures = case when last_failure_at < ? then 1"
                            + " else failures + 1 end, last_failure_at = ? where login_key = ?")
                    .params(forget, when, stored)
                    .update();
            // a concurrent first failure may insert between the update and the insert: then update again
            if (updated == 1
                    || jdbc.sql("insert into login_failure (login_key, failures, last_failure_at) values (?, 1, ?)"
                                            + " on conflict do nothing")
                                    .params(stored, when)
                                    .update()
                            == 1) {
                break;
            }
        }
        return of(key).orElseThrow();
    }

    /** Forgets the failures of {@code key}: it logged in. */
    public void cleared(String key) {
        jdbc.sql("delete from login_failure where login_key = ?")
                .param(RateLimit.storedKey(key))
                .update();
    }

    /** Forgets counts whose last failure is older than {@code cutoff}; returns how many. */
    public int removeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from login_failure where last_failure_at < ?")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
    }
}
