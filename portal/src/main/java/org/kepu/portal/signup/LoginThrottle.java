package org.kepu.portal.signup;

import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kepu.content.throttle.LoginFailures;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.kepu.portal.security.LoginNames;
import org.kepu.portal.web.ClientAddresses;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing on every way in (login form, HTTP Basic, bearer tokens) without letting
 * anyone lock an account: only failures count; after {@link SignupSettings#loginFreeFailures()}
 * failures in a row an account must wait before its next try, twice as long after each further
 * failure up to {@link SignupSettings#loginMaxDelay()}, and the right password after the wait
 * works. Failures are counted per resolved account, so the variants of a phone number share one
 * count, and per address (IPv6 by /64) against spraying many accounts. Counts live in the database
 * (and the address limit in {@link RateLimits}), so every portal sees them.
 */
@Component
public class LoginThrottle {

    // a count nobody added to for a day starts again
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final LoginFailures failures;
    private final LoginNames names;
    private final RateLimit failuresPerAddress;
    private final SignupSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    LoginThrottle(
            LoginFailures failures,
            LoginNames names,
            RateLimits limits,
            SignupSettings settings,
            MessageSource messages,
            Clock clock) {
        this.failures = failures;
        this.names = names;
        this.failuresPerAddress =
                limits.limit("login-failures-per-address", settings.loginsPerAddress(), settings.loginAddressPeriod());
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The filter that asks before any password or token is checked; one for every filter chain. */
    public Filter filter() {
        return new AuthenticationThrottleFilter(this, messages);
    }

    /** How long a login as {@code typedName} from {@code address} must wait; empty: it may try now. */
    public Optional<Duration> refusal(String typedName, String address) {
        return refusal(address).or(() -> failures.of(names.keyOf(typedName)).flatMap(this::waitAfter));
    }

    /** How long any login from {@code address} must wait (it failed too often); empty: it may try now. */
    public Optional<Duration> refusal(String address) {
        return failuresPerAddress.refusal(ClientAddresses.keyOf(address));
    }

    /** Counts a failed login as {@code typedName} (null: an unknown token) from {@code address}. */
    public void failed(String typedName, String address) {
        failuresPerAddress.tryAcquire(ClientAddresses.keyOf(address));
        if (typedName != null) {
            Instant now = clock.instant();
            failures.failed(names.keyOf(typedName), now, now.minus(FORGET_AFTER));
        }
    }

    /** Forgets the failures of an account that signed in. */
    public void succeeded(String typedName) {
        failures.cleared(names.keyOf(typedName));
    }

    // passwords only (form, HTTP Basic): the filter counts unknown bearer tokens by address itself
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        failed(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        succeeded(event.getAuthentication().getName());
    }

    private Optional<Duration> waitAfter(LoginFailures.Failures counted) {
        int over = counted.count() - settings.loginFreeFailures();
        if (over <= 0) {
            return Optional.empty();
        }
        Duration delay = settings.loginFirstDelay().multipliedBy(1L << Math.min(over - 1, 30));
        if (delay.compareTo(settings.loginMaxDelay()) > 0) {
            delay = settings.loginMaxDelay();
        }
        Duration left = Duration.between(clock.instant(), counted.lastAt().plus(delay));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
    }
}
