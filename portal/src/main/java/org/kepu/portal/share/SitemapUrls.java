package org.kepu.portal.share;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.pages.PageGeneration;
import org.springframework.stereotype.Component;

/**
 * The paths the sitemap lists, split into files of at most {@link SitemapSettings#urlsPerFile()}.
 * Walking the catalog costs a query per few hundred items, so the result is kept for one page
 * generation (which every change on any portal of the deployment moves) and at most
 * {@link SitemapSettings#cacheFor()}. Paths, not absolute URLs, are kept: without a configured base
 * URL the address depends on the request.
 */
@Component
class SitemapUrls {

    /** One {@code <url>}: a path of this site and when it last changed, if known. */
    record SitemapUrl(String path, Instant modified) {}

    private record Cached(List<List<SitemapUrl>> files, long generation, Instant until) {}

    private final Catalog catalog;
    private final Columns columns;
    private final SitemapSettings settings;
    private final PageGeneration pages;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    // one walk at a time: crawlers arriving together wait for it instead of each walking the catalog (virtual threads)
    private final ReentrantLock walking = new ReentrantLock();

    SitemapUrls(Catalog catalog, Columns columns, SitemapSettings settings, PageGeneration pages, Clock clock) {
        this.catalog = catalog;
        this.columns = columns;
        this.settings = settings;
        this.pages = pages;
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
            // read before the walk: a change committed during it moves the generation and so evicts this walk
            long generation = pages.current();
            Instant started = clock.instant();
            List<List<SitemapUrl>> files = split(walk());
            cached.set(new Cached(files, generation, started.plus(settings.cacheFor())));
            return files;
        } finally {
            walking.unlock();
        }
    }

    private Cached fresh() {
        Cached hit = cached.get();
        return hit != null
                        && hit.generation() == pages.current()
                        && clock.instant().isBefore(hit.until())
                ? hit
                : null;
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
