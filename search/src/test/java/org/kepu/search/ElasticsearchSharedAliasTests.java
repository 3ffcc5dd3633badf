package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Several portals share one Elasticsearch alias. When they start together on an empty cluster,
 * each creates the index on its first write: the alias must still end up on exactly one index,
 * or every later write through it fails.
 */
@RequiresElasticsearch
class ElasticsearchSharedAliasTests {

    @Test
    void portalsStartingTogetherCreateOneIndexBehindTheAlias() throws Exception {
        String alias = "kepu-shared-" + UUID.randomUUID().toString().substring(0, 8);
        List<SearchIndex> portals = IntStream.range(0, 4)
                .mapToObj(i -> ElasticsearchSearchIndexTests.open(alias))
                .toList();
        CyclicBarrier together = new CyclicBarrier(portals.size());
        try {
            List<CompletableFuture<Void>> writes = IntStream.range(0, portals.size())
                    .mapToObj(i -> CompletableFuture.runAsync(() -> {
                        await(together);
                        portals.get(i)
                                .index(SearchIndexContract.dated("article:" + i, "2025-0" + (i + 1) + "-01T00:00:00Z"));
                    }))
                    .toList();
            writes.forEach(CompletableFuture::join);
            portals.get(0).refresh();

            assertThat(currentIndices(alias)).hasSize(1);
            assertThat(portals.get(0).count()).isEqualTo(portals.size());
            portals.get(1).index(SearchIndexContract.dated("article:later", "2025-06-01T00:00:00Z"));
        } finally {
            deleteIndices(alias);
            for (SearchIndex portal : portals) {
                portal.close();
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> currentIndices(String alias) throws IOException {
        ElasticsearchClient client = ElasticsearchClients.create(ElasticsearchSearchIndexTests.settings(alias));
        try {
            return new ElasticsearchIndexes(client, ElasticsearchSearchIndexTests.settings(alias)).current();
        } finally {
            client.close();
        }
    }

    private static void deleteIndices(String alias) throws IOException {
        ElasticsearchClient client = ElasticsearchClients.create(ElasticsearchSearchIndexTests.settings(alias));
        try {
            ElasticsearchIndexes indexes =
                    new ElasticsearchIndexes(client, ElasticsearchSearchIndexTests.settings(alias));
            indexes.delete(indexes.current());
        } finally {
            client.close();
        }
    }
}
