package org.kepu.content.serviceorder;

import java.util.Optional;

/**
 * An order as one staff member sees it: the contact in full only for the staff holding the order,
 * masked (张**, 138****8000) for everyone else; the overdue flag, if any, with its reason (worded by the domain bundle).
 */
public record OrderView(
        ServiceOrder order, String contactName, String contactPhone, boolean contactShown, Optional<StepNote> overdue) {

    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
