package org.kepu.portal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.kepu.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an editor may add to a column: found with the site's search (the same words readers type),
 * or the latest published items when nothing is asked. Only what readers may see is offered.
 */
@Component
class CurationCandidates {

    private static final Logger log = LoggerFactory.getLogger(CurationCandidates.class);
    private static final int LIMIT = 20;

    private final SearchIndex index;
    private final Catalog catalog;

    CurationCandidates(SearchIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /** An item to pick, with its picture: an article's cover key or a video's poster. */
    record Candidate(
            String key, String type, String title, String summary, String coverKey, String poster, boolean inColumn) {}

    List<Candidate> find(String text, Set<ContentKey> inColumn) {
        String q = text == null ? "" : text.strip();
        Stream<Candidate> found = q.isEmpty() ? latest() : searched(q);
        return found.map(c -> inColumn.contains(ContentKey.parse(c.key())) ? withIn(c) : c)
                .limit(LIMIT)
                .toList();
    }

    private Stream<Candidate> latest() {
        return Stream.concat(
                catalog.latest(ContentType.VIDEO).stream().map(CurationCandidates::of),
                catalog.latest(ContentType.ARTICLE).stream().map(CurationCandidates::of));
    }

    private Stream<Candidate> searched(String q) {
        try {
            List<Candidate> found = new ArrayList<>();
            index.search(SearchQuery.of(q, LIMIT))
                    .items()
                    .forEach(hit -> resolve(hit.id()).ifPresent(found::add));
            return found.stream();
        } catch (SearchIndexUnavailable e) {
            // the index is being rebuilt or down: the titles of the latest items still help
            log.warn("Search is unavailable for curation: {}", e.getMessage());
            return latest().filter(c -> c.title().contains(q));
        }
    }

    private Optional<Candidate> resolve(String id) {
        ContentKey key;
        try {
            key = ContentKey.parse(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a kind of hit that cannot stand in a column
        }
        // entries are curated from their contest's gallery, not offered here
        return key.type() == ContentType.ENTRY
                ? Optional.empty()
                : catalog.find(key).map(CurationCandidates::of);
    }

    private static Candidate of(PublicItem item) {
        return new Candidate(
                item.key().toString(),
                item.kind(),
                item.title(),
                item.summary(),
                item.coverKey(),
                item.posterUrl(),
                false);
    }

    private static Candidate withIn(Candidate c) {
        return new Candidate(c.key(), c.type(), c.title(), c.summary(), c.coverKey(), c.poster(), true);
    }
}
