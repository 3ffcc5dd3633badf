package org.kepu.search;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Provides the {@link SearchIndex} chosen by {@code kepu.search.engine} ({@code lucene}, the default and for now
 * the only engine, configured by {@link LuceneSettings}) and a health indicator named {@code search}.
 */
@AutoConfiguration
@EnableConfigurationProperties(LuceneSettings.class)
public class SearchAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "kepu.search.engine", havingValue = "lucene", matchIfMissing = true)
    SearchIndex searchIndex(LuceneSettings settings) {
        return new LuceneSearchIndex(settings);
    }

    @Bean("search")
    @ConditionalOnBean(SearchIndex.class)
    @ConditionalOnEnabledHealthIndicator("search")
    HealthIndicator searchHealthIndicator(SearchIndex searchIndex) {
        return new SearchHealthIndicator(searchIndex);
    }
}
