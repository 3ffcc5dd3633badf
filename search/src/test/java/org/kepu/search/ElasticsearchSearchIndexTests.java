package org.kepu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

@RequiresElasticsearch
class ElasticsearchSearchIndexTests extends SearchIndexContract {

    @Override
    protected SearchIndex createIndex(Path dir) {
        return open(aliasFor(dir));
    }

    static SearchIndex open(String alias) {
        return new ElasticsearchSearchIndex(settings(alias), SynonymSource.classpathDefault(), PopularQueries.NONE);
    }

    static ElasticsearchSettings settings(String alias) {
        return ElasticsearchSettings.of(ElasticsearchServer.get().uri(), alias);
    }

    // The same directory (a reopen in the contract) means the same alias.
    static String aliasFor(Path dir) {
        return "kepu-test-" + Integer.toHexString(dir.toString().hashCode());
    }

    /** Fewer indices keep cluster-state updates, and so index creation, fast. */
    @AfterEach
    void deleteIndices() throws IOException {
        String alias = aliasFor(dir);
        ElasticsearchClient client = ElasticsearchClients.create(settings(alias));
        try {
            ElasticsearchIndexes indexes = new ElasticsearchIndexes(client, settings(alias));
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                indexes.delete(indexes.current());
            }
        } finally {
            client.close();
        }
    }
}
