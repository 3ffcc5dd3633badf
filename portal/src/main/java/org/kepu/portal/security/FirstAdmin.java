package org.kepu.portal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first administrator on the first start of an empty database. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AdminSettings settings;
    private final Clock clock;

    FirstAdmin(Accounts accounts, PasswordEncoder encoder, AdminSettings settings, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String username = settings.usernameOrDefault();
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated ? randomPassword() : settings.password();
        accounts.save(Account.create(
                username, encoder.encode(password), "管理员", EnumSet.of(Role.ADMIN, Role.EDITOR), clock.instant()));
        if (generated) {
            log.warn(
                    "Created the first administrator '{}' with the one-time password: {}  "
                            + "(set KEPU_ADMIN_USERNAME and KEPU_ADMIN_PASSWORD to choose them)",
                    username,
                    password);
        } else {
            log.info("Created the first administrator '{}' from KEPU_ADMIN_USERNAME/KEPU_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
