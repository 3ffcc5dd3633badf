package org.kepu.portal.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.kepu.portal.PortalApplication;
import org.kepu.search.RebuildProgress;
import org.kepu.search.SearchDocument;
import org.kepu.search.SearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: the overhead of {@code GET /api/v1/search} over the engine call it wraps. Starts the portal (no demo
 * content) on Lucene or on a running Elasticsearch, fills its {@link SearchIndex} with poems of the npm package
 * {@code chinese-poetry}, then runs the same query mix through {@code SearchIndex.search} (the reference) and over
 * HTTP through the API, at 1 and 8 concurrent clients, and prints p50/p99 of both. Run by
 * {@code scripts/bench/search/api.sh}.
 *
 * <p>Arguments: {@code <chinese-poetry dist dir> <documents> <work dir> lucene|<elasticsearch uri>}.
 */
public final class SearchApiBenchmark {

    /** The query mix of the search module's SearchBenchmark, so the engine figures compare with its table. */
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

    private static final int WARMUP = 600;
    private static final int QUERIES_PER_CLIENT = 600;

    private SearchApiBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]).resolve("api-" + System.nanoTime());
        String engine = args[3];
        List<String> properties = new ArrayList<>(List.of(
                "--server.port=0",
                "--kepu.data-dir=" + work,
                "--kepu.demo.enabled=false",
                "--kepu.admin.password=Grass-Load-2026",
                "--logging.level.root=WARN"));
        if (!engine.equals("lucene")) {
            properties.add("--kepu.search.engine=elasticsearch");
            properties.add("--kepu.search.elasticsearch.uris=" + engine);
            properties.add("--kepu.search.elasticsearch.index=kepu-bench-api");
            properties.add("--kepu.search.elasticsearch.socket-timeout=60s");
        }
        String name = engine.equals("lucene") ? "lucene" : "elasticsearch";
        try (ConfigurableApplicationContext portal =
                SpringApplication.run(PortalApplication.class, properties.toArray(String[]::new))) {
            SearchIndex index = portal.getBean(SearchIndex.class);
            index.rebuild(Poems.load(dist, documents).iterator(), RebuildProgress.NONE);
            index.refresh();
            report(name, "documents", index.count());
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            Engine direct = text -> index.search(SearchRequest.of(text, 1, 10).query());
            Engine api = new Api(port);
            run(direct, 1, WARMUP);
            run(api, 1, WARMUP);
            for (int clients : new int[] {1, 8}) {
                long[] engineLatencies = run(direct, clients, QUERIES_PER_CLIENT);
                long[] apiLatencies = run(api, clients, QUERIES_PER_CLIENT);
                double engineP50 = millis(engineLatencies, 0.50);
                double engineP99 = millis(engineLatencies, 0.99);
                double apiP50 = millis(apiLatencies, 0.50);
                double apiP99 = millis(apiLatencies, 0.99);
                report(name, clients + " clients engine p50 ms", engineP50);
                report(name, clients + " clients engine p99 ms", engineP99);
                report(name, clients + " clients api p50 ms", apiP50);
                report(name, clients + " clients api p99 ms", apiP99);
                report(name, clients + " clients api/engine p50", apiP50 / engineP50);
                report(name, clients + " clients api/engine p99", apiP99 / engineP99);
            }
        }
        System.exit(0);
    }

    /** One way to run a query; the engine call and the HTTP API are measured the same way. */
    private interface Engine {
        void search(String text) throws Exception;
    }

    /** The API as a client sees it: request, status check, the whole JSON body read. */
    private record Api(HttpClient http, int port) implements Engine {

        Api(int port) {
            this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), port);
        }

        @Override
        public void search(String text) throws Exception {
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/search?size=10&q="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response =
                    http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
        }
    }

    private static long[] run(Engine engine, int clients, int perClient) throws Exception {
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
                        engine.search(text);
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return latencies;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(latencies);
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void report(String engine, String what, double value) {
        System.out.printf(Locale.ROOT, "BENCH %-13s %-28s %10.3f%n", engine, what, value);
    }

    /** The poems as the search module's benchmark loads them (Song ci first, then Tang and Song shi). */
    private static final class Poems {

        static List<SearchDocument> load(Path dist, int wanted) throws IOException {
            JsonMapper json = JsonMapper.builder().build();
            List<SearchDocument> documents = new ArrayList<>(wanted);
            List<Path> files = new ArrayList<>(list(dist.resolve("songci"), "ci.song."));
            files.addAll(list(dist.resolve("quantangshi"), "poet."));
            for (Iterator<Path> it = files.iterator(); it.hasNext() && documents.size() < wanted; ) {
                for (JsonNode poem : json.readTree(it.next().toFile())) {
                    if (documents.size() >= wanted) {
                        break;
                    }
                    documents.add(document(documents.size(), poem));
                }
            }
            return documents;
        }

        private static SearchDocument document(int n, JsonNode poem) {
            String title = poem.has("title")
                    ? poem.get("title").asString()
                    : poem.path("rhythmic").asString();
            StringBuilder body = new StringBuilder();
            poem.path("paragraphs").forEach(line -> body.append(line.asString()));
            // ids the API can parse (article:<n>), like the portal's own documents
            return new SearchDocument(
                    "article:" + (n + 1),
                    "article",
                    title,
                    poem.path("author").asString(),
                    body.toString(),
                    "/articles/" + (n + 1),
                    "诗词",
                    List.of("青少年"),
                    "阿勒腾席热镇",
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
