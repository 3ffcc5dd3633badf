package org.kepu.portal.share;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.kepu.content.ContentChanged;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The paths the sitemap lists, split into files of at most {@link SitemapSettings#urlsPerFile()}.
 * Walking the catalog costs a query per few hundred items, so the result is kept until content
 * changes (evicted after commit) or {@link SitemapSettings#cacheFor()} passes. Paths, not absolute
 * URLs, are kept: without a configured base URL the address depends on the request.
 */
@Component
class SitemapUrls {

    /** One {@code <url>}: a path of this site and when it last changed, if known. */
    record SitemapUrl(String path, Instant modified) {}

    private record Cached(List<List<SitemapUrl>> files, Instant until) {}

    private final Catalog catalog;
    private final Columns columns;
    private final SitemapSettings settings;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    // bumped on every change, so a walk that raced a change is not kept
    private final AtomicLong generation = new AtomicLong();
    // one walk at a time: crawlers arriving together wait for it instead of each walking the catalog (virtual threads)
    private final ReentrantLock walking = new ReentrantLock();

    SitemapUrls(Catalog catalog, Columns columns, SitemapSettings settings, Clock clock) {
        this.catalog = catalog;
        this.columns = columns;
        this.settings = settings;
        this.clock = clock;
    }

    /** The sitemap's files in order, each at most {@code urlsPerFile} long; never empty. */
    List<List<SitemapUrl>> files() {
        Cached hit = fresh();
        if (hit != null) {
            return hit.files();
        }
        walking.lock();
        try {
            hit = fresh();
            if (hit != null) {
                return hit.files();
            }
            long seen = generation.get();
            Instant started = clock.instant();
            List<List<SitemapUrl>> files = split(walk());
            if (generation.get() == seen) {
                cached.set(new Cached(files, started.plus(settings.cacheFor())));
            }
            return files;
        } finally {
            walking.unlock();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentChanged change) {
        generation.incrementAndGet();
        cached.set(null);
    }

    private Cached fresh() {
        Cached hit = cached.get();
        return hit != null && clock.instant().isBefore(hit.until()) ? hit : null;
    }

    private List<SitemapUrl> walk() {
        List<SitemapUrl> urls = new ArrayList<>();
        urls.add(new SitemapUrl("/", null));
        for (ContentColumn column : columns.findAllByOrderBySortOrderAscIdAsc()) {
            urls.add(new SitemapUrl("/columns/" + column.slug(), null));
        }
        catalog.all().forEach(item -> urls.add(new SitemapUrl(item.url(), Instant.ofEpochMilli(item.version()))));
        return urls;
    }

    private List<List<SitemapUrl>> split(List<SitemapUrl> urls) {
        int size = settings.urlsPerFile();
        List<List<SitemapUrl>> files = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += size) {
            files.add(List.copyOf(urls.subList(from, Math.min(urls.size(), from + size))));
        }
        return List.copyOf(files);
    }
}
