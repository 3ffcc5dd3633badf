package org.kepu.portal.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kepu.content.ContentChanged;
import org.kepu.content.ContentType;
import org.kepu.content.PageGenerationAdvanced;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.reference.Audience;
import org.kepu.content.reference.Audiences;
import org.kepu.portal.curation.CuratedItem;
import org.kepu.portal.curation.CuratedItems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The lists of the home page, assembled from about ten queries and kept for a few seconds: the home page is the
 * most requested page, and a reader cannot tell a list that is five seconds old. Publishing, taking offline and
 * featuring evict it at once (after commit). The emergency notice is not part of it: the layout reads it on every
 * page, so a raised notice shows immediately.
 */
@Component
class HomeContent {

    record Lists(
            List<PublicItem> articles,
            List<PublicItem> videos,
            List<Audience> audiences,
            List<CuratedItem> carousel,
            List<ContentColumn> featuredColumns,
            List<PublicItem> mostRead) {}

    private record Cached(Lists lists, Instant until) {}

    private final Catalog catalog;
    private final Audiences audiences;
    private final Columns columns;
    private final ColumnCuration curation;
    private final CuratedItems curated;
    private final HomeSettings settings;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    // bumped on every change, so a build that raced a change is not kept
    private final AtomicLong generation = new AtomicLong();

    HomeContent(
            Catalog catalog,
            Audiences audiences,
            Columns columns,
            ColumnCuration curation,
            CuratedItems curated,
            HomeSettings settings,
            Clock clock) {
        this.catalog = catalog;
        this.audiences = audiences;
        this.columns = columns;
        this.curation = curation;
        this.curated = curated;
        this.settings = settings;
        this.clock = clock;
    }

    Lists current() {
        Instant now = clock.instant();
        Cached hit = cached.get();
        if (hit != null && now.isBefore(hit.until())) {
            return hit.lists();
        }
        long seen = generation.get();
        Lists lists = build();
        if (generation.get() == seen) {
            cached.set(new Cached(lists, now.plus(settings.cacheFor())));
        }
        return lists;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentChanged change) {
        forget();
    }

    /** A change made through another portal: the rendered home page is rebuilt from these lists. */
    @EventListener
    void on(PageGenerationAdvanced advanced) {
        forget();
    }

    private void forget() {
        generation.incrementAndGet();
        cached.set(null);
    }

    private Lists build() {
        return new Lists(
                catalog.latest(ContentType.ARTICLE),
                catalog.latest(ContentType.VIDEO),
                audiences.findAllByOrderBySortOrder(),
                curated.visible(curation.featured()),
                columns.findByOnHomeTrueOrderBySortOrderAscIdAsc(),
                catalog.mostReadArticlesSince(LocalDate.now(clock).minusDays(7), 5));
    }
}
