package org.kepu.portal.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
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

/**
 * Creates the first administrator on the first start of an empty database. A generated password is
 * temporary (changed at the first login); a password the operator chose in {@code KEPU_ADMIN_PASSWORD}
 * must satisfy the password policy (start-up fails otherwise) and is not temporary, so scripts and
 * the demo can use it over the API at once.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AdminSettings settings;
    private final PasswordPolicy policy;
    private final Clock clock;

    FirstAdmin(Accounts accounts, PasswordEncoder encoder, AdminSettings settings, PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.policy = policy;
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
        String password = generated ? policy.temporaryPassword() : settings.password();
        List<String> problems = generated ? List.of() : policy.problems(username, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "KEPU_ADMIN_PASSWORD does not satisfy the password policy: " + String.join(" ", problems));
        }
        Account admin = Account.create(
                username, encoder.encode(password), "管理员", EnumSet.of(Role.ADMIN, Role.EDITOR), clock.instant());
        if (generated) {
            admin.markPasswordTemporary();
        }
        accounts.add(admin);
        if (generated) {
            log.warn(
                    "Created the first administrator '{}' with the one-time password: {}  (to be changed at the first"
                            + " login; set KEPU_ADMIN_USERNAME and KEPU_ADMIN_PASSWORD to choose them)",
                    username,
                    password);
        } else {
            log.info("Created the first administrator '{}' from KEPU_ADMIN_USERNAME/KEPU_ADMIN_PASSWORD", username);
        }
    }
}
