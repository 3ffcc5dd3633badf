package org.kepu.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.article.Articles;
import org.kepu.portal.share.SiteUrls;
import org.kepu.search.SearchHits;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page; it works without JavaScript (suggestions only enhance it). */
@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);

    private final SearchIndex index;
    private final Articles articles;
    private final SearchLatency latency;
    private final DidYouMean didYouMean;
    private final SearchPageSettings settings;
    private final MessageSource messages;
    private final SiteUrls urls;

    SearchController(
            SearchIndex index,
            Articles articles,
            SearchLatency latency,
            DidYouMean didYouMean,
            SearchPageSettings settings,
            MessageSource messages,
            SiteUrls urls) {
        this.index = index;
        this.articles = articles;
        this.latency = latency;
        this.didYouMean = didYouMean;
        this.settings = settings;
        this.messages = messages;
        this.urls = urls;
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
        model.addAttribute("covers", covers(hits));
        model.addAttribute(
                "didYouMean",
                request.isEmpty() || unavailable
                        ? null
                        : didYouMean.of(request.text(), hits.total()).orElse(null));
        // no search log is kept, so the hot searches are the editors' configured picks (and the page says so)
        model.addAttribute(
                "hotSearches",
                settings.hotSearchesFor(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("hotSearchesMn", settings.hotSearchesMn());
        model.addAttribute(
                "pageDescription",
                request.isEmpty()
                        ? messages.getMessage("search.description.empty", null, LocaleContextHolder.getLocale())
                        : messages.getMessage(
                                "search.description", new Object[] {request.text()}, LocaleContextHolder.getLocale()));
        if (!request.isEmpty()) {
            // filtered, sorted and further pages are variants of the plain query (robots.txt keeps them out)
            model.addAttribute(
                    "canonical",
                    urls.absolute("/search?q=" + URLEncoder.encode(request.text(), StandardCharsets.UTF_8)));
        }
        return "search/results";
    }

    /** Cover keys of the articles among the hits, by hit id; the index does not hold covers. */
    private Map<String, String> covers(SearchHits hits) {
        List<ContentKey> keys = hits.items().stream()
                .map(hit -> ContentKey.parse(hit.id()))
                .filter(key -> key.type() == ContentType.ARTICLE)
                .toList();
        Map<Long, String> byId =
                articles.coverKeys(keys.stream().map(ContentKey::id).toList());
        Map<String, String> covers = new HashMap<>();
        keys.stream()
                .filter(key -> byId.containsKey(key.id()))
                .forEach(key -> covers.put(key.toString(), byId.get(key.id())));
        return covers;
    }
}
