package org.kepu.content.contest;

/** Contact details as shown to anyone who need not contact the person: 138****1234, z***@qq.com. */
public final class Masks {

    private Masks() {}

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** A phone number or an e-mail address, whichever it is. */
    public static String contact(String contact) {
        return contact != null && contact.contains("@") ? email(contact) : phone(contact);
    }
}
