package org.kepu.content.account;

import org.kepu.content.RuleBroken;

/** An account change that is not allowed; see {@link RuleBroken} for the code and its wording. */
public class AccountRuleBroken extends RuleBroken {

    public AccountRuleBroken(String code, Object... arguments) {
        super(null, code, arguments);
    }
}
