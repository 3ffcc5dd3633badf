package org.kepu.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code KEPU_ADMIN_USERNAME} and {@code KEPU_ADMIN_PASSWORD}. Without a
 * password, one is generated on first start and printed once to the log: there is never a default.
 */
@ConfigurationProperties("kepu.admin")
record AdminSettings(String username, String password) {

    String usernameOrDefault() {
        return username == null || username.isBlank() ? "admin" : username.strip();
    }
}
