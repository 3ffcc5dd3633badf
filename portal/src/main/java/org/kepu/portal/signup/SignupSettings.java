package org.kepu.portal.signup;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on self-registration and login.
 *
 * @param captchaSecret base64 of a 16- or 32-byte key that seals captcha answers and signs
 *     proof-of-work challenges; several portals behind one load balancer must share it. Empty: a
 *     random key per process (one portal).
 * @param captchaLifetime how long a captcha or a proof-of-work challenge may be answered
 * @param signupsPerAddress registrations one address (IPv6: one /64) may make per {@code signupPeriod}
 * @param loginsPerAddress failed logins (form, HTTP Basic, unknown bearer tokens) one address may
 *     make per {@code loginAddressPeriod}, whatever the accounts: against spraying
 * @param loginAddressPeriod the period of {@code loginsPerAddress}
 * @param loginFreeFailures failed logins in a row an account may have before it must wait
 * @param loginFirstDelay the wait after the first failure past the free ones; doubles with each
 *     further failure
 * @param loginMaxDelay the longest wait between two tries on one account
 * @param powMaxNumber the proof-of-work's difficulty: the largest number a browser may have to
 *     try (about half of it on average; 100 000 takes well under a second on a phone)
 */
@Validated
@ConfigurationProperties("kepu.signup")
public record SignupSettings(
        @DefaultValue("") String captchaSecret,
        @DefaultValue("10m") Duration captchaLifetime,
        @DefaultValue("5") @Positive int signupsPerAddress,
        @DefaultValue("1h") Duration signupPeriod,
        @DefaultValue("100") @Positive int loginsPerAddress,
        @DefaultValue("1h") Duration loginAddressPeriod,
        @DefaultValue("5") int loginFreeFailures,
        @DefaultValue("1s") Duration loginFirstDelay,
        @DefaultValue("15m") Duration loginMaxDelay,
        @DefaultValue("100000") @Positive long powMaxNumber) {}
