package org.kepu.portal.search;

import java.util.List;
import org.kepu.search.SearchHit;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.springframework.stereotype.Component;

/** "Related content" under articles and videos; when search is down the pages simply go without. */
@Component
public class RelatedContent {

    private final SearchIndex index;

    RelatedContent(SearchIndex index) {
        this.index = index;
    }

    public List<SearchHit> of(String id) {
        try {
            return index.related(id, 5);
        } catch (SearchIndexUnavailable e) {
            return List.of();
        }
    }
}
