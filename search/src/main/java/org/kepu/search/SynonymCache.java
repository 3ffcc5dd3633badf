package org.kepu.search;

import java.util.List;
import java.util.Set;

/** Rebuilds the {@link SynonymTable} only when the source hands out a different list instance. */
final class SynonymCache {

    private record Entry(List<Set<String>> groups, SynonymTable table) {}

    private final SynonymSource source;
    private volatile Entry current;

    SynonymCache(SynonymSource source) {
        this.source = source;
    }

    SynonymTable table() {
        List<Set<String>> groups = source.groups();
        Entry entry = current;
        if (entry == null || entry.groups() != groups) {
            entry = new Entry(groups, new SynonymTable(groups == null ? List.of() : groups));
            current = entry;
        }
        return entry.table();
    }
}
