package org.kepu.content.account;

import org.kepu.content.RuleBroken;

/** An account change that is not allowed; the message is Chinese text for the administrator. */
public class AccountRuleBroken extends RuleBroken {

    public AccountRuleBroken(String message) {
        super(message);
    }
}
