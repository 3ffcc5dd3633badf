package org.kepu.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password policy.
 *
 * @param minLength the fewest characters a password has
 * @param characterClasses how many of upper-case letters, lower-case letters, digits and symbols it mixes
 */
@ConfigurationProperties("kepu.passwords")
record PasswordSettings(
        @DefaultValue("10") int minLength,
        @DefaultValue("3") int characterClasses) {

    PasswordSettings {
        if (minLength < 8 || minLength > 64) {
            throw new IllegalArgumentException("kepu.passwords.min-length must be between 8 and 64");
        }
        if (characterClasses < 1 || characterClasses > 4) {
            throw new IllegalArgumentException("kepu.passwords.character-classes must be between 1 and 4");
        }
    }
}
