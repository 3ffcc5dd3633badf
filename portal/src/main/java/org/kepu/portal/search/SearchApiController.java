package org.kepu.portal.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kepu.content.ContentKey;
import org.kepu.portal.language.Language;
import org.kepu.portal.web.InvalidRequest;
import org.kepu.portal.web.Texts;
import org.kepu.search.FacetValue;
import org.kepu.search.SearchHits;
import org.kepu.search.SearchIndex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/search}: a stable API for scripts and other clients. */
@RestController
class SearchApiController {

    private final SearchIndex index;
    private final SearchLatency latency;
    private final Texts texts;

    SearchApiController(SearchIndex index, SearchLatency latency, Texts texts) {
        this.index = index;
        this.latency = latency;
        this.texts = texts;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search published articles, videos and contest entries, best first, with facets")
    @ApiResponse(responseCode = "200", description = "Results, best first; `next` continues after the last one")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed parameter (page, size, year, sort, after) or a language other than zh or mn")
    @ApiResponse(responseCode = "503", description = "Search is unavailable for a moment; the rest of the site is not")
    SearchJson search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String audience,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after,
            @Parameter(description = "The items' language: zh (Chinese, the default) or mn (traditional Mongolian)")
                    @RequestParam(defaultValue = "zh")
                    String lang) {
        Language language = Language.ofCode(lang).orElseThrow(() -> new InvalidRequest("api.search.lang"));
        SearchRequest request = SearchRequest.of(q, page, size, type, column, audience, town, year, sort, after)
                .inLanguage(language.code());
        if (request.isEmpty()) {
            return new SearchJson(0, List.of(), Map.of(), null);
        }
        SearchHits hits = latency.time(() -> index.search(request.query()));
        return new SearchJson(
                hits.total(),
                hits.items().stream()
                        .map(hit -> new ItemJson(
                                ContentKey.parse(hit.id()).id(),
                                hit.type(),
                                hit.title(),
                                hit.url(),
                                hit.highlight(),
                                hit.column(),
                                hit.audiences(),
                                hit.town(),
                                hit.publishedAt(),
                                hit.viewCount(),
                                hit.lang(),
                                hit.moments().stream()
                                        .map(m -> new MomentJson(m.seconds(), m.text()))
                                        .toList()))
                        .toList(),
                hits.facets(),
                hits.next());
    }

    /** Suggestions while typing: popular queries and titles, pinyin and initials included. */
    @GetMapping("/api/v1/search/suggest")
    @Operation(summary = "Suggestions while typing: popular queries and titles, pinyin and initials included")
    @ApiResponse(responseCode = "200", description = "Up to 8 suggestions; none for an empty or long prefix")
    @ApiResponse(responseCode = "503", description = "Search is unavailable for a moment")
    List<String> suggest(@RequestParam(defaultValue = "") String q) {
        String prefix = q.strip();
        return prefix.isEmpty() || prefix.length() > 50 ? List.of() : index.suggest(prefix, 8);
    }

    record SearchJson(long total, List<ItemJson> items, Map<String, List<FacetValue>> facets, String next) {}

    record ItemJson(
            long id,
            String type,
            String title,
            String url,
            String highlight,
            String column,
            List<String> audiences,
            String town,
            Instant publishedAt,
            long viewCount,
            String lang,

            @Schema(
                    description = "Where a video says what was searched: its matching caption cues, best"
                            + " first, at most 3; empty for other hits")
            List<MomentJson> moments) {}

    /** One matching caption cue; the video's page plays from it at {@code url?t=seconds}. */
    record MomentJson(
            @Schema(description = "Where the cue starts, in whole seconds from the beginning")
            int seconds,

            @Schema(description = "The cue's text as HTML: matched words in <em>, everything else escaped")
            String text) {}
}
