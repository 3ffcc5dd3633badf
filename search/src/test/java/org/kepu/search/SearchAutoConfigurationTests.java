package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SearchAutoConfigurationTests {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SearchAutoConfiguration.class))
                .withPropertyValues("kepu.search.lucene.index-dir=" + dir);
    }

    @Test
    void luceneIsTheDefaultEngineAndReportsHealthy() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(SearchIndex.class);
            assertThat(context.getBean(SearchIndex.class)).isInstanceOf(LuceneSearchIndex.class);
            HealthIndicator health = context.getBean("search", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void healthIsDownOnceTheIndexIsClosed() {
        runner().run(context -> {
            context.getBean(SearchIndex.class).close();
            HealthIndicator health = context.getBean("search", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void bindsLuceneSettings() {
        runner().withPropertyValues("kepu.search.lucene.refresh-interval=250ms").run(context -> {
            LuceneSettings settings = context.getBean(LuceneSettings.class);
            assertThat(settings.indexDir()).isEqualTo(dir);
            assertThat(settings.refreshInterval()).hasMillis(250);
            assertThat(settings.commitInterval()).hasSeconds(5);
        });
    }

    @Test
    void elasticsearchIsChosenByPropertyAndStartsWhileTheEngineIsDown() {
        runner().withPropertyValues(
                        "kepu.search.engine=elasticsearch",
                        "kepu.search.elasticsearch.uris=http://127.0.0.1:" + ElasticsearchDown.closedPort(),
                        "kepu.search.elasticsearch.index=kepu-test")
                .run(context -> {
                    assertThat(context).hasSingleBean(SearchIndex.class);
                    assertThat(context.getBean(SearchIndex.class)).isInstanceOf(ElasticsearchSearchIndex.class);
                    HealthIndicator health = context.getBean("search", HealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                });
    }

    @Test
    void bindsElasticsearchSettings() {
        runner().withPropertyValues(
                        "kepu.search.elasticsearch.uris=http://es1:9200,http://es2:9200",
                        "kepu.search.elasticsearch.socket-timeout=3s")
                .run(context -> {
                    ElasticsearchSettings settings = context.getBean(ElasticsearchSettings.class);
                    assertThat(settings.uris()).hasSize(2);
                    assertThat(settings.index()).isEqualTo("kepu-content");
                    assertThat(settings.socketTimeout()).hasSeconds(3);
                    assertThat(settings.connectTimeout()).hasSeconds(1);
                });
    }

    @Test
    void anApplicationSynonymSourceReplacesTheDefault() {
        runner().withBean(SynonymSource.class, () -> () -> List.of(Set.of("西红柿", "番茄")))
                .run(context -> {
                    SearchIndex index = context.getBean(SearchIndex.class);
                    index.index(SearchIndexContract.document("article:1", "article", "番茄炒蛋的营养", "", ""));
                    index.refresh();
                    assertThat(index.search(SearchQuery.of("西红柿", 10)).total()).isEqualTo(1);
                });
    }

    @Test
    void closingTheContextReleasesTheIndexDirectory() {
        runner().run(context -> assertThat(context).hasSingleBean(SearchIndex.class));

        try (SearchIndex reopened = new LuceneSearchIndex(LuceneSettings.in(dir))) {
            assertThat(reopened.isUsable()).isTrue();
        }
    }
}
