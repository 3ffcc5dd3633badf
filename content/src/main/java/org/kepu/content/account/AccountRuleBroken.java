package org.kepu.content.account;

/** An account change that is not allowed; the message is Chinese text for the administrator. */
public class AccountRuleBroken extends RuntimeException {

    public AccountRuleBroken(String message) {
        super(message);
    }
}
