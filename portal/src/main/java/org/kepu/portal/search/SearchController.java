package org.kepu.portal.search;

import java.util.List;
import org.kepu.search.SearchHits;
import org.kepu.search.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page; it works without JavaScript. */
@Controller
class SearchController {

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        SearchRequest request = SearchRequest.of(q, page, SearchRequest.PAGE_SIZE);
        SearchHits hits = request.isEmpty() ? new SearchHits(0, List.of()) : index.search(request.query());
        model.addAttribute("q", request.text());
        model.addAttribute("page", request.page());
        model.addAttribute("hits", hits);
        model.addAttribute("pages", request.pageCount(hits.total()));
        return "search/results";
    }
}
