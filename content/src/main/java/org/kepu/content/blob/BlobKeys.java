package org.kepu.content.blob;

import java.util.regex.Pattern;

/** Validates blob keys, so that no key can name a place outside the store. */
public final class BlobKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private BlobKeys() {}

    public static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > 300) {
            throw new IllegalArgumentException("Invalid blob key: " + key);
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                throw new IllegalArgumentException("Invalid blob key: " + key);
            }
        }
        return key;
    }
}
