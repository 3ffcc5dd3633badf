package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void anotherEngineLeavesOutTheLuceneIndex() {
        runner().withPropertyValues("kepu.search.engine=elasticsearch")
                .run(context ->
                        assertThat(context).doesNotHaveBean(SearchIndex.class).doesNotHaveBean("search"));
    }

    @Test
    void closingTheContextReleasesTheIndexDirectory() {
        runner().run(context -> assertThat(context).hasSingleBean(SearchIndex.class));

        try (SearchIndex reopened = new LuceneSearchIndex(LuceneSettings.in(dir))) {
            assertThat(reopened.isUsable()).isTrue();
        }
    }
}
