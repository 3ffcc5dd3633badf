package org.kepu.content.account;

import org.kepu.content.NotFound;

/** No token with this id belongs to the account asking. */
public class ApiTokenNotFound extends NotFound {

    public ApiTokenNotFound(long id) {
        super("API token " + id + " not found");
    }
}
