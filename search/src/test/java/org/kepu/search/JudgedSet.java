package org.kepu.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged test set in {@code src/test/resources/judged}: hand-written science-outreach documents on the
 * platform's themes and realistic queries (short, long, pinyin, initials, Latin, typos, synonyms) with graded
 * relevance from 0 to 3. Beside the Chinese files, {@code documents-mn.tsv} and {@code queries-mn.tsv} hold Mongolian
 * ones in traditional script, typed with and without the marks that should not matter. {@code cues.tsv} gives some
 * videos caption cues, and {@code queries-captions.tsv} holds queries only those cues answer (kind {@code caption}).
 */
final class JudgedSet {

    /** One query and how relevant each document is to it (unlisted documents: 0). */
    record Judged(String query, String kind, Map<String, Integer> grades, String lang) {}

    private JudgedSet() {}

    static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>(documents("documents.tsv", SearchDocument.CHINESE));
        documents.addAll(documents("documents-mn.tsv", SearchDocument.MONGOLIAN));
        Map<String, List<SearchDocument.Cue>> cues = cues();
        return documents.stream()
                .map(doc -> doc.withCues(cues.getOrDefault(doc.id(), List.of())))
                .toList();
    }

    static List<Judged> queries() {
        List<Judged> queries = new ArrayList<>(queries("queries.tsv", SearchDocument.CHINESE));
        queries.addAll(queries("queries-captions.tsv", SearchDocument.CHINESE));
        queries.addAll(queries("queries-mn.tsv", SearchDocument.MONGOLIAN));
        return queries;
    }

    private static List<SearchDocument> documents(String file, String lang) {
        List<SearchDocument> documents = new ArrayList<>();
        for (String[] f : rows(file)) {
            documents.add(new SearchDocument(
                    f[0],
                    f[1],
                    f[7],
                    f[8],
                    f[9],
                    "/" + f[1] + "s/" + f[0],
                    f[2],
                    f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(",")),
                    f[4].isEmpty() ? null : f[4],
                    LocalDate.parse(f[5]).atStartOfDay().toInstant(AnalyzedDocument.CHINA),
                    Long.parseLong(f[6]),
                    1,
                    lang));
        }
        return documents;
    }

    private static Map<String, List<SearchDocument.Cue>> cues() {
        Map<String, List<SearchDocument.Cue>> cues = new LinkedHashMap<>();
        for (String[] f : rows("cues.tsv")) {
            cues.computeIfAbsent(f[0], id -> new ArrayList<>())
                    .add(new SearchDocument.Cue(Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : null));
        }
        return cues;
    }

    private static List<Judged> queries(String file, String lang) {
        List<Judged> queries = new ArrayList<>();
        for (String[] f : rows(file)) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judgment : f[2].split(" ")) {
                String[] pair = judgment.split(":");
                grades.put(pair[0], Integer.parseInt(pair[1]));
            }
            queries.add(new Judged(f[0], f[1], grades, lang));
        }
        return queries;
    }

    private static List<String[]> rows(String file) {
        InputStream in = JudgedSet.class.getResourceAsStream("/judged/" + file);
        if (in == null) {
            throw new IllegalStateException("judged/" + file + " is missing from the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
