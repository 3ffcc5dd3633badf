package org.kepu.search;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Provides the {@link SearchIndex} chosen by {@code kepu.search.engine}: {@code lucene} (the default, configured by
 * {@link LuceneSettings}) or {@code elasticsearch} ({@link ElasticsearchSettings}), and a health indicator named
 * {@code search}. A {@link SynonymSource} or {@link PopularQueries} bean of the application replaces the defaults
 * (the classpath synonym list, no popular queries).
 */
@AutoConfiguration
@EnableConfigurationProperties({LuceneSettings.class, ElasticsearchSettings.class})
public class SearchAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "kepu.search.engine", havingValue = "lucene", matchIfMissing = true)
    SearchIndex searchIndex(
            LuceneSettings settings, ObjectProvider<SynonymSource> synonyms, ObjectProvider<PopularQueries> popular) {
        return new LuceneSearchIndex(
                settings,
                synonyms.getIfAvailable(SynonymSource::classpathDefault),
                popular.getIfAvailable(() -> PopularQueries.NONE));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "kepu.search.engine", havingValue = "elasticsearch")
    SearchIndex elasticsearchSearchIndex(
            ElasticsearchSettings settings,
            ObjectProvider<SynonymSource> synonyms,
            ObjectProvider<PopularQueries> popular) {
        return new ElasticsearchSearchIndex(
                settings,
                synonyms.getIfAvailable(SynonymSource::classpathDefault),
                popular.getIfAvailable(() -> PopularQueries.NONE));
    }

    @Bean("search")
    @ConditionalOnBean(SearchIndex.class)
    @ConditionalOnEnabledHealthIndicator("search")
    HealthIndicator searchHealthIndicator(SearchIndex searchIndex) {
        return new SearchHealthIndicator(searchIndex);
    }
}
