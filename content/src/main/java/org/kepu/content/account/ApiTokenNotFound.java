package org.kepu.content.account;

/** No token with this id belongs to the account asking. */
public class ApiTokenNotFound extends RuntimeException {

    public ApiTokenNotFound(long id) {
        super("API token " + id + " not found");
    }
}
