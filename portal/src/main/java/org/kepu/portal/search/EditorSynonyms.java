package org.kepu.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kepu.content.editorial.SynonymGroup;
import org.kepu.content.editorial.SynonymGroups;
import org.kepu.search.SynonymSource;
import org.springframework.stereotype.Component;

/**
 * The synonyms search applies: the shipped list plus the groups editors added. Every query asks
 * for them, so they are re-read from the database at most every few seconds, and the same list
 * instance is returned while nothing changed (the index rebuilds its lookup only on a new one).
 */
@Component
class EditorSynonyms implements SynonymSource {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final SynonymGroups groups;
    private final Clock clock;
    private final List<Set<String>> shipped = SynonymSource.classpathDefault().groups();
    private volatile List<Set<String>> current = shipped;
    private volatile Instant readAt = Instant.MIN;

    EditorSynonyms(SynonymGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public List<Set<String>> groups() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            readAt = now;
            List<Set<String>> fresh = new ArrayList<>(shipped);
            for (SynonymGroup group : groups.all()) {
                fresh.add(Set.copyOf(new LinkedHashSet<>(group.termList())));
            }
            if (!fresh.equals(current)) {
                current = List.copyOf(fresh);
            }
        }
        return current;
    }

    /** Makes a change visible to the next query on this portal at once. */
    void changed() {
        readAt = Instant.MIN;
    }
}
