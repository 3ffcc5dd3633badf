package org.kepu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The indices behind the alias: a concrete index {@code <alias>-<millis>} with our mapping (whitespace analyzer on
 * the token fields, keywords, one shard), created on first use, and the atomic alias switch of a rebuild.
 */
final class ElasticsearchIndexes {

    private static final String MAPPING = mapping();

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;

    ElasticsearchIndexes(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Creates the first index and the alias on it unless the alias already exists. Several portals
     * (and threads) may get here at once: they all create the same first index, so one creation wins
     * and the alias never points at two indices (writes through such an alias would fail).
     */
    void ensureAlias() throws IOException {
        if (client.indices().existsAlias(a -> a.name(settings.index())).value()) {
            migrate();
            return;
        }
        String name = settings.index() + "-initial";
        try {
            create(name);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
        client.indices()
                .updateAliases(u -> u.actions(a -> a.add(add -> add.index(name).alias(settings.index()))));
    }

    /**
     * Adds the fields of later mappings to an index created by an earlier one, which the strict mapping would
     * otherwise refuse to write: {@code lang} (documents without it count as Chinese), the caption cues and their
     * languages and their
     * words for suggestions (documents without them have none). Adding a field that exists with the same type
     * changes nothing, so every start may run it.
     */
    private void migrate() throws IOException {
        client.indices()
                .putMapping(m -> m.index(settings.index())
                        .properties(SearchFields.LANG, p -> p.keyword(k -> k))
                        .properties(SearchFields.CUE_LANG, p -> p.keyword(k -> k))
                        .properties(SearchFields.CUES_GRAMS, p -> p.text(t -> t.analyzer("whitespace")))
                        .properties(SearchFields.CUES_WORDS, p -> p.text(t -> t.analyzer("whitespace")))
                        .properties(
                                SearchFields.CUE_SECONDS,
                                p -> p.integer(i -> i.index(false).docValues(false)))
                        .properties(SearchFields.CUE_TEXTS, p -> p.text(t -> t.index(false)))
                        .properties(SearchFields.SPOKEN, p -> p.keyword(k -> k.docValues(false)))
                        .properties(SearchFields.SPOKEN_PINYIN, p -> p.keyword(k -> k.docValues(false)))
                        .properties(SearchFields.SPOKEN_INITIALS, p -> p.keyword(k -> k.docValues(false))));
    }

    /** Creates a new concrete index for the alias and returns its name. */
    String create() throws IOException {
        return create(settings.index() + "-" + System.currentTimeMillis());
    }

    private String create(String name) throws IOException {
        String json = MAPPING.replace(
                "${refresh_interval}", settings.refreshInterval().toMillis() + "ms");
        client.indices().create(c -> c.index(name).withJson(new StringReader(json)));
        return name;
    }

    /** The concrete indices the alias points to. */
    List<String> current() throws IOException {
        return new ArrayList<>(client.indices()
                .getAlias(a -> a.name(settings.index()))
                .aliases()
                .keySet());
    }

    /** Moves the alias to {@code target} in one atomic request, then deletes the indices it left. */
    void switchTo(String target) throws IOException {
        List<String> old = current();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(settings.index())));
            for (String index : old) {
                u.actions(a -> a.remove(r -> r.index(index).alias(settings.index())));
            }
            return u;
        });
        delete(old);
    }

    void delete(List<String> names) throws IOException {
        if (!names.isEmpty()) {
            client.indices().delete(d -> d.index(names).ignoreUnavailable(true));
        }
    }

    private static String mapping() {
        try (InputStream in = ElasticsearchIndexes.class.getResourceAsStream("elasticsearch-index.json")) {
            if (in == null) {
                throw new IllegalStateException("elasticsearch-index.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
