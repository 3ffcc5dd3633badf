package org.kepu.portal.search;

import java.util.List;
import org.kepu.content.ContentKey;
import org.kepu.search.SearchHits;
import org.kepu.search.SearchIndex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/search}: a stable API for scripts and other clients. */
@RestController
class SearchApiController {

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/search")
    SearchJson search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        SearchRequest request = SearchRequest.of(q, page, size);
        if (request.isEmpty()) {
            return new SearchJson(0, List.of());
        }
        SearchHits hits = index.search(request.query());
        return new SearchJson(
                hits.total(),
                hits.items().stream()
                        .map(hit -> new ItemJson(
                                ContentKey.parse(hit.id()).id(), hit.type(), hit.title(), hit.url(), hit.highlight()))
                        .toList());
    }

    record SearchJson(long total, List<ItemJson> items) {}

    record ItemJson(long id, String type, String title, String url, String highlight) {}
}
