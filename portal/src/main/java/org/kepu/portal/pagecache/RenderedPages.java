package org.kepu.portal.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.TimeUnit;
import org.kepu.content.PageGenerationAdvanced;
import org.kepu.content.pages.PageGeneration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The pages kept in this portal's memory, each valid for the page generation it was rendered under. When the
 * generation moves, all are dropped at once: a county's site has a few hundred popular pages, and working out
 * which of them show a changed item (lists, related items, the notice on every page) costs more than rendering
 * them again.
 */
@Component
class RenderedPages {

    private final Cache<String, CachedPage> pages;
    private final PageGeneration generation;
    private volatile long advancedAt = System.nanoTime();

    RenderedPages(PageCacheSettings settings, PageGeneration generation) {
        this.generation = generation;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .<String, CachedPage>weigher((key, page) -> key.length() + page.weight())
                .expireAfterWrite(settings.lifetime().toNanos(), TimeUnit.NANOSECONDS)
                .build();
    }

    /** The generation pages rendered from now on belong to. */
    long generation() {
        return generation.current();
    }

    /** The page kept for this key, if it is of the current generation. */
    CachedPage find(String key, long current) {
        CachedPage page = pages.getIfPresent(key);
        return page != null && page.generation() == current ? page : null;
    }

    void keep(String key, CachedPage page) {
        pages.put(key, page);
    }

    /** Whether the generation moved less than this long ago (nanoseconds). */
    boolean advancedWithin(long nanos) {
        return System.nanoTime() - advancedAt < nanos;
    }

    @EventListener
    void on(PageGenerationAdvanced advanced) {
        advancedAt = System.nanoTime();
        pages.invalidateAll();
    }
}
