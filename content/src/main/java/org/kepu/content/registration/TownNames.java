package org.kepu.content.registration;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.EditDistance;
import org.kepu.content.reference.Town;

/** Resolves the town names people type, and suggests the closest known name for one that is not known. */
final class TownNames {

    private final Map<String, Town> byKey = new LinkedHashMap<>();
    private final List<Town> towns;

    TownNames(List<Town> towns) {
        this.towns = towns;
        for (Town town : towns) {
            byKey.put(key(town.name()), town);
            byKey.put(key(town.code()), town);
        }
    }

    Optional<Town> resolve(String text) {
        return Optional.ofNullable(byKey.get(key(text)));
    }

    Optional<Town> byCode(String code) {
        return towns.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    String name(String code) {
        return byCode(code).map(Town::name).orElse(code);
    }

    /** The known town whose name is closest (by edit distance, a shared prefix helping) to the text. */
    Town closest(String text) {
        String typed = key(text);
        return towns.stream()
                .min(Comparator.comparingInt((Town t) -> EditDistance.between(typed, key(t.name())))
                        .thenComparingInt(t -> -sharedPrefix(typed, key(t.name()))))
                .orElseThrow();
    }

    private static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("\\s", "")
                .toLowerCase();
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
