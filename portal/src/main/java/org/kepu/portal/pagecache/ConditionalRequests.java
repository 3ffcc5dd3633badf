package org.kepu.portal.pagecache;

import java.util.Enumeration;

/** {@code If-None-Match} with the weak comparison RFC 9110 prescribes for GET and HEAD. */
final class ConditionalRequests {

    private ConditionalRequests() {}

    static boolean notModified(Enumeration<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        while (ifNoneMatch.hasMoreElements()) {
            for (String candidate : ifNoneMatch.nextElement().split(",")) {
                String tag = candidate.strip();
                if ("*".equals(tag) || opaque.equals(opaque(tag))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
