package org.kepu.portal.pagecache;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kepu.content.ContentKey;

/**
 * A rendered page as it was answered, without what belongs to one exchange (cookies, dates, lengths).
 *
 * @param generation the page generation it was rendered under; it is valid only while that lasts
 * @param viewed the item whose view the page counted, counted again when the page is served from memory; or null
 */
record CachedPage(
        byte[] body,
        String contentType,
        Locale locale,
        Map<String, List<String>> headers,
        String etag,
        String cacheControl,
        long generation,
        ContentKey viewed) {

    int weight() {
        return body.length + 512;
    }
}
