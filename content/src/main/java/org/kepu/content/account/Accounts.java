package org.kepu.content.account;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding accounts, and adding a new one. Changes to an existing account (roles, password,
 * disabling) go through {@link AccountAdministration} or {@link AccountSecurity}, which audit them.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;

    Accounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> findById(long id) {
        return accounts.findById(id);
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    public List<Account> findAllById(Iterable<Long> ids) {
        return accounts.findAllById(ids);
    }

    public boolean existsByUsername(String username) {
        return accounts.existsByUsername(username);
    }

    public long count() {
        return accounts.count();
    }

    /**
     * Stores a new account (not yet stored) and returns it with its id. The caller audits it: a
     * creator registering, the first administrator at start-up.
     */
    @Transactional
    public Account add(Account account) {
        if (account.getId() != null) {
            throw new IllegalArgumentException("Account " + account.getId() + " exists already");
        }
        if (accounts.existsByUsername(account.getUsername())) {
            throw new AccountRuleBroken("account.username-taken", account.getUsername());
        }
        return accounts.save(account);
    }
}
