package org.kepu.portal.search;

import org.kepu.search.SearchHits;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page; it works without JavaScript (suggestions only enhance it). */
@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);

    private final SearchIndex index;
    private final SearchLatency latency;

    SearchController(SearchIndex index, SearchLatency latency) {
        this.index = index;
        this.latency = latency;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String audience,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            Model model) {
        SearchRequest request =
                SearchRequest.of(q, page, SearchRequest.PAGE_SIZE, type, column, audience, town, year, sort, null);
        SearchHits hits = SearchHits.empty();
        boolean unavailable = false;
        if (!request.isEmpty()) {
            try {
                hits = latency.time(() -> index.search(request.query()));
            } catch (SearchIndexUnavailable e) {
                log.warn("Search is unavailable: {}", e.getMessage());
                unavailable = true;
            }
        }
        model.addAttribute("q", request.text());
        model.addAttribute("request", request);
        model.addAttribute("page", request.page());
        model.addAttribute("hits", hits);
        model.addAttribute("facets", FacetLinks.of(request, hits));
        model.addAttribute("sorts", FacetLinks.sorts(request));
        model.addAttribute("pages", request.pageCount(hits.total()));
        model.addAttribute("searchUnavailable", unavailable);
        return "search/results";
    }
}
