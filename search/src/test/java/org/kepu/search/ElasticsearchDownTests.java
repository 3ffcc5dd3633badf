package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An engine that does not answer: every call fails fast with a clear exception, and nothing hangs. */
class ElasticsearchDownTests {

    private final SearchIndex index = new ElasticsearchSearchIndex(
            new ElasticsearchSettings(
                    List.of(URI.create("http://127.0.0.1:" + ElasticsearchDown.closedPort())),
                    "kepu-down",
                    Duration.ofMillis(500),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(1),
                    "",
                    ""),
            SynonymSource.NONE,
            PopularQueries.NONE);

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void operationsFailWithSearchIndexUnavailable() {
        assertThatThrownBy(() -> index.search(SearchQuery.of("应急", 10)))
                .isInstanceOf(SearchIndexUnavailable.class)
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> index.index(SearchIndexContract.EARTHQUAKE))
                .isInstanceOf(SearchIndexUnavailable.class);
        assertThatThrownBy(() -> index.delete("article:1")).isInstanceOf(SearchIndexUnavailable.class);
        assertThatThrownBy(() -> index.suggest("kepu", 5)).isInstanceOf(SearchIndexUnavailable.class);
        assertThatThrownBy(index::count).isInstanceOf(SearchIndexUnavailable.class);
    }

    @Test
    void isNotUsableAndSaysSoQuickly() {
        long started = System.nanoTime();

        assertThat(index.isUsable()).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void blankQueriesNeedNoEngine() {
        assertThat(index.search(SearchQuery.of(" ", 10))).isEqualTo(SearchHits.empty());
    }
}
