package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An index created before documents had a language (strict mapping without {@code lang}) keeps working: the field
 * is added on start, new documents are written, and the old ones count as Chinese until the next rebuild.
 */
@RequiresElasticsearch
class ElasticsearchMigrationTests {

    @Test
    void anIndexWithoutLanguagesOrCuesGetsTheFieldsAndItsDocumentsCountAsChinese() throws IOException {
        String alias = "kepu-migrate-" + UUID.randomUUID().toString().substring(0, 8);
        ElasticsearchSettings settings = ElasticsearchSearchIndexTests.settings(alias);
        ElasticsearchClient client = ElasticsearchClients.create(settings);
        SearchIndex index = null;
        try {
            createIndexWithoutLanguage(client, alias);
            index = ElasticsearchSearchIndexTests.open(alias);

            index.index(SearchIndexContract.CAMEL_MILK);
            index.index(SearchIndexContract.dustStormVideo());
            index.refresh();

            assertThat(ids(index, SearchQuery.of("地震", 10).inLanguage(SearchDocument.CHINESE)))
                    .containsExactly("article:1");
            assertThat(index.search(SearchQuery.of("地震", 10)).items().get(0).lang())
                    .isEqualTo(SearchDocument.CHINESE);
            assertThat(ids(
                            index,
                            SearchQuery.of(MongolianScript.of("temegen"), 10).inLanguage("mn")))
                    .containsExactly("article:11");
            assertThat(index.search(SearchQuery.of("门窗", 10)).items())
                    .extracting(SearchHit::id, hit -> hit.moments().size())
                    .containsExactly(tuple("video:7", 1));
        } finally {
            if (index != null) {
                index.close();
            }
            new ElasticsearchIndexes(client, settings).delete(List.of(alias + "-old"));
            client.close();
        }
    }

    private static void createIndexWithoutLanguage(ElasticsearchClient client, String alias) throws IOException {
        String name = alias + "-old";
        String mapping = resource("elasticsearch-index.json")
                .replace("\"lang\": { \"type\": \"keyword\" },", "")
                .replaceAll("\"cue[^\"]*\": \\{[^}]*},", "")
                .replace("${refresh_interval}", "1s");
        client.indices().create(c -> c.index(name).withJson(new StringReader(mapping)));
        client.indices()
                .updateAliases(u -> u.actions(a -> a.add(add -> add.index(name).alias(alias))));
        Map<String, Object> source =
                new HashMap<>(ElasticsearchDocuments.toSource(AnalyzedDocument.of(SearchIndexContract.EARTHQUAKE)));
        source.remove(SearchFields.LANG);
        List.of(
                        SearchFields.CUES_GRAMS,
                        SearchFields.CUES_WORDS,
                        SearchFields.CUE_SECONDS,
                        SearchFields.CUE_TEXTS,
                        SearchFields.CUE_LANG)
                .forEach(source::remove);
        client.index(i -> i.index(alias).id(SearchIndexContract.EARTHQUAKE.id()).document(source));
        client.indices().refresh(r -> r.index(alias));
    }

    private static List<String> ids(SearchIndex index, SearchQuery query) {
        return index.search(query).items().stream().map(SearchHit::id).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ElasticsearchIndexes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
