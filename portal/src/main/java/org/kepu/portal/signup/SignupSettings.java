package org.kepu.portal.signup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on self-registration and login.
 *
 * @param captchaSecret base64 of a 16- or 32-byte key that seals captcha answers; several portals
 *     behind one load balancer must share it. Empty: a random key per process (one portal).
 * @param captchaLifetime how long a captcha may be answered
 * @param signupsPerAddress registrations one address may make per {@code signupPeriod}
 * @param loginsPerAddress login attempts one address may make per minute
 * @param loginsPerAccount login attempts on one login name per minute, from anywhere
 */
@ConfigurationProperties("kepu.signup")
public record SignupSettings(
        @DefaultValue("") String captchaSecret,
        @DefaultValue("10m") Duration captchaLifetime,
        @DefaultValue("5") int signupsPerAddress,
        @DefaultValue("1h") Duration signupPeriod,
        @DefaultValue("20") int loginsPerAddress,
        @DefaultValue("10") int loginsPerAccount) {}
