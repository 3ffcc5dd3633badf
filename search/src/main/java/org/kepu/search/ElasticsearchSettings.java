package org.kepu.search;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Elasticsearch engine ({@code kepu.search.engine=elasticsearch}).
 *
 * @param uris the nodes, e.g. {@code http://es1:9200}
 * @param index the alias searches and writes go through; a rebuild creates {@code <index>-<millis>} and moves the
 *     alias to it
 * @param connectTimeout how long to wait for a connection; keep it short so a down engine fails fast
 * @param socketTimeout how long to wait for an answer
 * @param refreshInterval how soon writes become visible to search (the index's {@code refresh_interval})
 * @param username basic-auth user, or empty
 * @param password basic-auth password, or empty
 */
@ConfigurationProperties("kepu.search.elasticsearch")
public record ElasticsearchSettings(
        @DefaultValue("http://localhost:9200") List<URI> uris,
        @DefaultValue("kepu-content") String index,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration socketTimeout,
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("") String username,
        @DefaultValue("") String password) {

    public ElasticsearchSettings {
        if (uris == null || uris.isEmpty()) {
            throw new IllegalArgumentException("kepu.search.elasticsearch.uris must name at least one node");
        }
        if (index == null || !index.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException(
                    "kepu.search.elasticsearch.index must be lower-case letters, digits, - or _ but was " + index);
        }
        uris = List.copyOf(uris);
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /** Settings for one node and an alias, with default timeouts. */
    public static ElasticsearchSettings of(URI uri, String index) {
        return new ElasticsearchSettings(
                List.of(uri), index, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(1), "", "");
    }
}
