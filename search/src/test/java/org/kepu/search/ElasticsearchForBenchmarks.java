package org.kepu.search;

/**
 * Not a test: starts the test Elasticsearch for benchmarks in other modules (the portal's search API benchmark),
 * prints {@code ELASTICSEARCH <uri>} and keeps it running until this process is stopped, whose shutdown hook
 * stops the server. Run by {@code scripts/bench/search/api.sh}.
 */
public final class ElasticsearchForBenchmarks {

    private ElasticsearchForBenchmarks() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("ELASTICSEARCH " + ElasticsearchServer.get().uri());
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }
}
