package org.kepu.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps an {@link AnalyzedDocument} to the JSON source Elasticsearch stores, and a source back to a hit. */
final class ElasticsearchDocuments {

    private ElasticsearchDocuments() {}

    static Map<String, Object> toSource(AnalyzedDocument analyzed) {
        SearchDocument doc = analyzed.source();
        Map<String, Object> source = new HashMap<>(analyzed.tokens());
        source.putAll(analyzed.keywords());
        source.putAll(analyzed.cueTokens());
        source.put(
                SearchFields.CUE_SECONDS,
                analyzed.cues().stream().map(SearchDocument.Cue::seconds).toList());
        source.put(
                SearchFields.CUE_TEXTS,
                analyzed.cues().stream().map(SearchDocument.Cue::text).toList());
        source.put(SearchFields.TITLE, doc.title());
        source.put(SearchFields.SUMMARY, doc.summary());
        source.put(SearchFields.BODY, doc.body());
        source.put(SearchFields.URL, doc.url());
        source.put(
                SearchFields.PUBLISHED_AT,
                doc.publishedAt() == null ? null : doc.publishedAt().toEpochMilli());
        source.put(SearchFields.VIEW_COUNT, doc.viewCount());
        source.put(SearchFields.VERSION, doc.version());
        return source;
    }

    static SearchHit toHit(Map<String, Object> source, List<String> highlights) {
        Object published = source.get(SearchFields.PUBLISHED_AT);
        Object views = source.get(SearchFields.VIEW_COUNT);
        return new SearchHit(
                first(source.get(SearchFields.ID)),
                first(source.get(SearchFields.TYPE)),
                (String) source.get(SearchFields.TITLE),
                (String) source.get(SearchFields.URL),
                Snippets.of(
                        (String) source.get(SearchFields.SUMMARY), (String) source.get(SearchFields.BODY), highlights),
                first(source.get(SearchFields.COLUMN)),
                strings(source.get(SearchFields.AUDIENCE)),
                first(source.get(SearchFields.TOWN)),
                published instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null,
                views instanceof Number count ? count.longValue() : 0,
                first(source.get(SearchFields.LANG)),
                Moments.of(cues(source), highlights));
    }

    private static List<SearchDocument.Cue> cues(Map<String, Object> source) {
        List<String> seconds = strings(source.get(SearchFields.CUE_SECONDS));
        List<String> texts = strings(source.get(SearchFields.CUE_TEXTS));
        List<SearchDocument.Cue> cues = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size() && i < seconds.size(); i++) {
            cues.add(new SearchDocument.Cue(Integer.parseInt(seconds.get(i)), texts.get(i)));
        }
        return cues;
    }

    // Keywords are sent as lists; one-valued ones are read back as their only value.
    private static String first(Object value) {
        List<String> values = strings(value);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
