package org.kepu.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: indexes a real Chinese corpus (the npm package {@code chinese-poetry}) into Lucene, then into
 * Elasticsearch, and measures bulk indexing (documents per second, through {@link SearchIndex#rebuild}) and query
 * latency (p50/p99 of {@link SearchIndex#search} with facets) for a fixed query mix at 1 and 8 concurrent clients.
 * Run by {@code scripts/bench/search/run.sh}; prints one {@code BENCH} line per figure.
 *
 * <p>Arguments: {@code <chinese-poetry dist dir> [documents=100000] [work dir]}.
 */
public final class SearchBenchmark {

    /** Simplified and traditional forms, pinyin, initials, a typo, phrases, exclusions: what the portal sees. */
    static final List<String> QUERY_MIX = List.of(
            "明月",
            "春风",
            "春風",
            "长安",
            "長安",
            "李白",
            "杜甫 秋",
            "故人西辞黄鹤楼",
            "\"白日依山尽\"",
            "黄河 -长江",
            "mingyue",
            "jiangnan",
            "cf",
            "相思",
            "離別",
            "边塞",
            "梅花",
            "楊柳",
            "江南好，风景旧曾谙",
            "xiangsi");

    private static final int WARMUP = 300;
    private static final int QUERIES_PER_CLIENT = 600;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
        List<SearchDocument> corpus = Poems.load(dist, documents);
        System.out.printf(
                Locale.ROOT,
                "BENCH corpus %d documents, %d chars of text%n",
                corpus.size(),
                corpus.stream()
                        .mapToLong(d -> d.title().length() + d.body().length())
                        .sum());
        analysisOnly(corpus);

        try (SearchIndex lucene =
                new LuceneSearchIndex(LuceneSettings.in(work.resolve("lucene-" + System.nanoTime())))) {
            run("lucene", lucene, corpus);
        }
        ElasticsearchServer server = ElasticsearchServer.get();
        ElasticsearchSettings settings = new ElasticsearchSettings(
                List.of(server.uri()),
                "kepu-bench",
                Duration.ofSeconds(2),
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                "",
                "");
        try (SearchIndex elasticsearch =
                new ElasticsearchSearchIndex(settings, SynonymSource.classpathDefault(), PopularQueries.NONE)) {
            run("elasticsearch", elasticsearch, corpus);
        }
        System.exit(0); // the shutdown hook stops Elasticsearch
    }

    private static void analysisOnly(List<SearchDocument> corpus) {
        long started = System.nanoTime();
        long tokens = 0;
        for (SearchDocument doc : corpus) {
            tokens += AnalyzedDocument.of(doc)
                    .tokens()
                    .get(SearchFields.BODY_GRAMS)
                    .length();
        }
        report("analysis", "docs/s", corpus.size() / seconds(started), "(our Chinese analysis alone, " + tokens + ")");
    }

    private static void run(String engine, SearchIndex index, List<SearchDocument> corpus) throws Exception {
        long started = System.nanoTime();
        RebuildReport rebuilt = index.rebuild(corpus.iterator(), RebuildProgress.NONE);
        index.refresh();
        report(engine, "index docs/s", rebuilt.documents() / seconds(started), "(rebuild, " + index.count() + " docs)");
        runQueries(index, 1, WARMUP);
        for (int clients : new int[] {1, 8}) {
            long wall = System.nanoTime();
            long[] latencies = runQueries(index, clients, QUERIES_PER_CLIENT);
            double qps = latencies.length / seconds(wall);
            Arrays.sort(latencies);
            report(engine, clients + " clients p50 ms", millis(latencies, 0.50), "");
            report(engine, clients + " clients p99 ms", millis(latencies, 0.99), "");
            report(engine, clients + " clients queries/s", qps, "");
        }
        deepPages(engine, index);
    }

    /** Page 1 against page 399 by number (near the window's end) and the 399th page reached by cursor. */
    private static void deepPages(String engine, SearchIndex index) {
        SearchQuery first = SearchQuery.of("风", 25);
        SearchQuery deep = new SearchQuery("风", 399, 25);
        report(engine, "page 1 ms", averageMillis(index, first), "(\"风\", 25 per page)");
        report(engine, "page 399 by number ms", averageMillis(index, deep), "(offset 9950)");
        SearchQuery cursor = first;
        for (int page = 1; page < 399; page++) {
            cursor = cursor.after(index.search(cursor).next());
        }
        report(engine, "page 399 by cursor ms", averageMillis(index, cursor), "(search-after)");
    }

    private static double averageMillis(SearchIndex index, SearchQuery query) {
        index.search(query);
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            index.search(query);
        }
        return (System.nanoTime() - started) / 20 / 1e6;
    }

    private static long[] runQueries(SearchIndex index, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        String text = QUERY_MIX.get((i + offset * 7) % QUERY_MIX.size());
                        long t0 = System.nanoTime();
                        index.search(SearchQuery.of(text, 10));
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return latencies;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void report(String engine, String what, double value, String note) {
        System.out.printf(Locale.ROOT, "BENCH %-13s %-22s %10.2f %s%n", engine, what, value, note);
    }

    /** Poems of chinese-poetry as documents: Song ci (simplified) first, then the Tang and Song shi. */
    static final class Poems {

        private static final List<String> TOWNS = List.of("阿勒腾席热镇", "乌兰木伦镇", "伊金霍洛镇", "纳林陶亥镇", "红庆河镇", "札萨克镇", "苏布尔嘎镇");
        private static final List<String> AUDIENCES = List.of("青少年", "农牧民", "产业工人", "老年人", "领导干部和公务员");

        static List<SearchDocument> load(Path dist, int wanted) throws IOException {
            JsonMapper json = JsonMapper.builder().build();
            List<SearchDocument> documents = new ArrayList<>(wanted);
            List<Path> files = new ArrayList<>(list(dist.resolve("songci"), "ci.song."));
            files.addAll(list(dist.resolve("quantangshi"), "poet."));
            for (Iterator<Path> it = files.iterator(); it.hasNext() && documents.size() < wanted; ) {
                Path file = it.next();
                String column = file.getFileName().toString().startsWith("ci.") ? "宋词" : "诗";
                for (JsonNode poem : json.readTree(file.toFile())) {
                    if (documents.size() >= wanted) {
                        break;
                    }
                    documents.add(document(documents.size(), poem, column));
                }
            }
            return documents;
        }

        private static SearchDocument document(int n, JsonNode poem, String column) {
            String title = poem.has("title")
                    ? poem.get("title").asString()
                    : poem.path("rhythmic").asString();
            StringBuilder body = new StringBuilder();
            poem.path("paragraphs").forEach(line -> body.append(line.asString()));
            return new SearchDocument(
                    "poem:" + n,
                    n % 3 == 0 ? "video" : "article",
                    title,
                    poem.path("author").asString(),
                    body.toString(),
                    "/articles/" + n,
                    column,
                    List.of(AUDIENCES.get(n % AUDIENCES.size())),
                    TOWNS.get(n % TOWNS.size()),
                    Instant.parse("2021-01-01T00:00:00Z").plus(Duration.ofHours(n % 40_000)),
                    n % 997,
                    1);
        }

        private static List<Path> list(Path dir, String prefix) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
        }
    }
}
