package org.kepu.portal.web;

import java.util.regex.Pattern;

/**
 * A creator signs in with a phone number or an e-mail address: pages name the account by it, but
 * print it masked ({@code 138****1234}, {@code w***@example.cn}); only the page where the creator
 * edits it shows it whole.
 */
public final class MaskedContact {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}");

    private MaskedContact() {}

    /** The name as it may stand on any page; staff user names are not contacts and stay as they are. */
    public static String of(String username) {
        if (username == null) {
            return null;
        }
        if (PHONE.matcher(username).matches()) {
            return username.substring(0, 3) + "****" + username.substring(7);
        }
        int at = username.indexOf('@');
        if (at > 0) {
            return username.charAt(0) + "***" + username.substring(at);
        }
        return username;
    }
}
