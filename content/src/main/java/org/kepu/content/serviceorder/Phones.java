package org.kepu.content.serviceorder;

import java.util.regex.Pattern;

/** The phone numbers people of the banner give: an 11-digit mobile or a landline with its area code. */
final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private Phones() {}

    /** The number without spaces, or null when it is not one. */
    static String clean(String text) {
        String phone = text == null ? "" : text.strip().replace(" ", "");
        return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches() ? phone : null;
    }
}
