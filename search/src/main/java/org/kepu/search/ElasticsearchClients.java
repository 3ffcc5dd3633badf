package org.kepu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Elasticsearch Java client (the version Spring Boot manages) on the Apache HttpClient 5 transport.
 * JSON goes through Jackson 3 ({@link Jackson3JsonpMapper}), the Jackson of Spring Boot 4; the client's Jackson 2
 * mapper is not used. Short timeouts make a down engine fail fast instead of hanging page requests.
 */
final class ElasticsearchClients {

    private ElasticsearchClients() {}

    static ElasticsearchClient create(ElasticsearchSettings settings) {
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeout().toMillis());
        Timeout socket = Timeout.ofMilliseconds(settings.socketTimeout().toMillis());
        Rest5ClientBuilder builder = Rest5Client.builder(settings.uris())
                .setConnectionConfigCallback(c -> c.setConnectTimeout(connect).setSocketTimeout(socket))
                .setRequestConfigCallback(
                        r -> r.setConnectionRequestTimeout(connect).setResponseTimeout(socket));
        if (!settings.username().isEmpty()) {
            String credentials = settings.username() + ":" + settings.password();
            String encoded = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + encoded)});
        }
        return new ElasticsearchClient(new Rest5ClientTransport(builder.build(), new Jackson3JsonpMapper()));
    }
}
