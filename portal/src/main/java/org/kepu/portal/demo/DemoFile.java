package org.kepu.portal.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One demo article file: {@code key: value} header lines, a {@code ---} line, then the HTML body. */
record DemoFile(Map<String, String> header, String body) {

    static DemoFile parse(String name, String text) {
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException("Demo file " + name + " has no --- line");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
        }
        return new DemoFile(header, text.substring(separator + 5).strip());
    }

    String get(String key) {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Demo file lacks " + key);
        }
        return value;
    }

    List<String> list(String key) {
        return Arrays.stream(get(key).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
