package org.kepu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: captions at scale on the embedded engine (issue 17). In one run, as the reference, the poems of
 * {@link SearchBenchmark} into Lucene; then videos with the captions of ten minutes each (about 150 cues of about 20
 * characters, made of the same corpus's lines, so the text is real Chinese of a realistic length) into a fresh Lucene
 * index. For both: indexing docs/s, index size on disk per document (after the final commit), and p50/p99 of the
 * same 20-query mix at one client. Run by {@code scripts/bench/search/captions.sh}; prints {@code BENCH} lines.
 *
 * <p>Arguments: {@code <chinese-poetry dist dir> [poems=100000] [videos=10000] [cues per video=150] [work dir]}.
 */
public final class CaptionBenchmark {

    private static final int CUE_CHARS = 20;
    private static final int WARMUP = 300;
    private static final int QUERIES = 1000;

    private CaptionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int poems = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int videos = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int cuesPerVideo = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        Path work = Path.of(args.length > 4 ? args[4] : "target/bench");

        List<SearchDocument> corpus = SearchBenchmark.Poems.load(dist, poems);
        run("poems", corpus, work);
        List<SearchDocument> captioned = videos(corpus, videos, cuesPerVideo);
        long cues = captioned.stream().mapToLong(d -> d.cues().size()).sum();
        long chars = captioned.stream()
                .flatMap(d -> d.cues().stream())
                .mapToLong(c -> c.text().length())
                .sum();
        report("captions", "corpus", captioned.size(), "videos, " + cues + " cues, " + chars + " chars of captions");
        run("captions", captioned, work);
    }

    private static void run(String name, List<SearchDocument> documents, Path work) throws Exception {
        Path dir = work.resolve("lucene-" + name + "-" + System.nanoTime());
        long started = System.nanoTime();
        try (SearchIndex index = new LuceneSearchIndex(LuceneSettings.in(dir))) {
            RebuildReport rebuilt = index.rebuild(documents.iterator(), RebuildProgress.NONE);
            index.refresh();
            report(name, "index docs/s", rebuilt.documents() / seconds(started), "(" + index.count() + " docs)");
            latencies(index, WARMUP);
            long[] sorted = latencies(index, QUERIES);
            Arrays.sort(sorted);
            report(name, "1 client p50 ms", millis(sorted, 0.50), "");
            report(name, "1 client p99 ms", millis(sorted, 0.99), "");
            int moments = 0;
            for (String text : SearchBenchmark.QUERY_MIX) {
                moments += index.search(SearchQuery.of(text, 10)).items().stream()
                        .mapToInt(hit -> hit.moments().size())
                        .sum();
            }
            report(name, "moments in top 10", moments, "(all 20 queries)");
        }
        // closed: committed and merged as the portal leaves it at shutdown
        long bytes = size(dir);
        report(name, "index MB", bytes / 1e6, "");
        report(name, "index bytes/doc", (double) bytes / documents.size(), "");
    }

    /** Videos of about ten minutes: a poem's title and author as title and summary, cues every 4 s of poem lines. */
    static List<SearchDocument> videos(List<SearchDocument> poems, int count, int cuesPerVideo) {
        List<String> lines = new ArrayList<>();
        for (SearchDocument poem : poems) {
            for (String line : poem.body().split("[。！？；]")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        List<SearchDocument> videos = new ArrayList<>(count);
        int next = 0;
        for (int v = 0; v < count; v++) {
            SearchDocument poem = poems.get(v % poems.size());
            List<SearchDocument.Cue> cues = new ArrayList<>(cuesPerVideo);
            for (int c = 0; c < cuesPerVideo; c++) {
                StringBuilder text = new StringBuilder();
                while (text.length() < CUE_CHARS) {
                    text.append(lines.get(next++ % lines.size()));
                }
                cues.add(new SearchDocument.Cue(c * 4, text.substring(0, Math.min(text.length(), CUE_CHARS + 4))));
            }
            videos.add(new SearchDocument(
                            "video:" + v,
                            "video",
                            poem.title(),
                            poem.summary(),
                            "",
                            "/videos/" + v,
                            poem.column(),
                            poem.audiences(),
                            poem.town(),
                            Instant.parse("2021-01-01T00:00:00Z").plus(Duration.ofHours(v)),
                            v % 997,
                            1)
                    .withCues(cues));
        }
        return videos;
    }

    private static long[] latencies(SearchIndex index, int count) {
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            String text = SearchBenchmark.QUERY_MIX.get(i % SearchBenchmark.QUERY_MIX.size());
            long t0 = System.nanoTime();
            index.search(SearchQuery.of(text, 10));
            latencies[i] = System.nanoTime() - t0;
        }
        return latencies;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void report(String corpus, String what, double value, String note) {
        System.out.printf(Locale.ROOT, "BENCH %-9s %-20s %12.2f %s%n", corpus, what, value, note);
    }
}
