package org.kepu.portal.security;

import java.util.Locale;
import java.util.Optional;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Creators;
import org.springframework.stereotype.Component;

/**
 * Which account a typed login name means: the name itself, or a creator's phone number or e-mail
 * as people type it (138 1234 1234, +86 13812341234). The login and its throttle ask the same way.
 */
@Component
public class LoginNames {

    private final Accounts accounts;

    LoginNames(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The account {@code typed} signs in to, if any. */
    public Optional<Account> resolve(String typed) {
        return accounts.findByUsername(typed).or(() -> asCreatorContact(typed).flatMap(accounts::findByUsername));
    }

    /**
     * One key per account, however its name was typed; an unknown name is keyed on its normalised
     * form, so its variants share one key too.
     */
    public String keyOf(String typed) {
        String text = typed == null ? "" : typed;
        return resolve(text)
                .map(account -> "account:" + account.getId())
                .orElseGet(() ->
                        "name:" + asCreatorContact(text).orElse(text.strip().toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> asCreatorContact(String typed) {
        try {
            return Optional.of(Creators.normalize(typed));
        } catch (ContestRuleBroken e) {
            return Optional.empty();
        }
    }
}
