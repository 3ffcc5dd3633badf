package org.kepu.portal.upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The {@code Upload-Metadata} header: comma-separated {@code key base64value} pairs. */
record TusMetadata(String fileName, String fileType) {

    /** File name and type need far less; the bound keeps parsing and decoding cheap. */
    static final int MAX_LENGTH = 4096;

    static TusMetadata parse(String header) {
        Map<String, String> values = new HashMap<>();
        if (header != null && header.length() > MAX_LENGTH) {
            throw new TusProtocolViolation("metadata-too-long", String.valueOf(MAX_LENGTH));
        }
        if (header != null) {
            for (String pair : header.split(",")) {
                String[] parts = pair.strip().split(" ", 2);
                if (parts.length == 2
                        && !parts[0].isEmpty()
                        && values.put(parts[0], decode(parts[1].strip())) != null) {
                    throw new TusProtocolViolation("metadata-repeated-key");
                }
            }
        }
        return new TusMetadata(first(values, "filename", "name"), first(values, "filetype", "type"));
    }

    private static String first(Map<String, String> values, String... keys) {
        for (String key : keys) {
            if (values.get(key) != null) {
                return values.get(key);
            }
        }
        return null;
    }

    private static String decode(String value) {
        try {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TusProtocolViolation("metadata-malformed");
        }
    }
}
