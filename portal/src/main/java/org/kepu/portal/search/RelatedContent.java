package org.kepu.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kepu.content.ContentChanged;
import org.kepu.content.ContentKey;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.kepu.search.SearchHit;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Related content" under articles and videos; when search is down the pages simply go without. Lists are kept for
 * a minute: finding them is a more-like-this search that cost about half of an article page's CPU (JFR,
 * 2026-11-29), and they change only when content does. Any publication or withdrawal clears them all, and so does
 * every write of the indexer (which follows the commit).
 */
@Component
public class RelatedContent {

    static final Duration KEEP = Duration.ofMinutes(1);
    /** Searches see a write only after the engine's refresh (about a second): lists read meanwhile are not kept. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    // a county's content is a few thousand items; past this, start over rather than track age
    private static final int MAX_ENTRIES = 10_000;

    private record Kept(List<SearchHit> hits, Instant until) {}

    private final SearchIndex index;
    private final Catalog catalog;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private volatile Instant changedAt = Instant.EPOCH;

    RelatedContent(SearchIndex index, Catalog catalog, Clock clock) {
        this.index = index;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The related items with their pictures (articles' covers, videos' posters), only those still
     * public: the index may lag a withdrawal by a moment.
     */
    public List<RelatedCard> cards(String id) {
        List<SearchHit> hits = of(id);
        Map<ContentKey, PublicItem> shown =
                catalog
                        .curated(hits.stream()
                                .map(hit -> ContentKey.parse(hit.id()))
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PublicItem::key, Function.identity()));
        return hits.stream()
                .filter(hit -> shown.containsKey(ContentKey.parse(hit.id())))
                .map(hit -> {
                    PublicItem item = shown.get(ContentKey.parse(hit.id()));
                    return new RelatedCard(hit, item.coverKey(), item.posterUrl());
                })
                .toList();
    }

    public List<SearchHit> of(String id) {
        Instant now = clock.instant();
        Kept hit = kept.get(id);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.hits();
        }
        try {
            List<SearchHit> related = index.related(id, 5);
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            if (now.isAfter(changedAt.plus(SETTLE))) {
                kept.put(id, new Kept(related, now.plus(KEEP)));
            }
            return related;
        } catch (SearchIndexUnavailable e) {
            return List.of();
        }
    }

    /** Drops every kept list; the indexer calls it after each write to the index. */
    public void forget() {
        changedAt = clock.instant();
        kept.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentChanged change) {
        forget();
    }
}
