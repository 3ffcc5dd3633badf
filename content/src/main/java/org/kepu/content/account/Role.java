package org.kepu.content.account;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a signed-in person may do.
 * Its name is {@code account.role.<NAME>} in the domain bundle.
 */
public enum Role implements MessageSourceResolvable {
    ADMIN,
    EDITOR,
    REVIEWER,
    JUDGE,
    CREATOR,
    REGISTRAR;

    /** The bundle key of its name. */
    public String labelCode() {
        return "account.role." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
