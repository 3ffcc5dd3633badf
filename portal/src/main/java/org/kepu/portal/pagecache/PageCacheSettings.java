package org.kepu.portal.pagecache;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered pages kept for anonymous readers.
 *
 * @param enabled whether pages are kept at all
 * @param paths the public pages that may be kept (path patterns); nothing else ever is
 * @param indexPaths pages read from the search index, which shows a change only after its refresh: not kept
 *     within {@code settle} of a change
 * @param maxAge how long a browser, nginx or a CDN may reuse a kept page without asking: bounds how late an
 *     emergency notice reaches a reader behind such a cache
 * @param lifetime how long a page is kept at most; changes nobody announces (view counts, column settings) show
 *     within this time
 * @param settle see {@code indexPaths}
 * @param maxSize the memory the kept pages may take
 */
@ConfigurationProperties("kepu.page-cache")
public record PageCacheSettings(
        @DefaultValue("true") boolean enabled,

        @DefaultValue({"/", "/columns/*", "/articles/*", "/videos/*", "/search", "/audiences/*", "/towns/*"})
        List<String> paths,

        @DefaultValue("/search") List<String> indexPaths,
        @DefaultValue("5s") Duration maxAge,
        @DefaultValue("5s") Duration lifetime,
        @DefaultValue("5s") Duration settle,
        @DefaultValue("64MB") DataSize maxSize) {}
