package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchQueryTests {

    @Test
    void clampsPagingIntoRange() {
        assertThat(new SearchQuery("健康", 0, 0)).isEqualTo(new SearchQuery("健康", 1, 1));
        assertThat(new SearchQuery("健康", -3, 500)).isEqualTo(new SearchQuery("健康", 1, SearchQuery.MAX_SIZE));
        assertThat(new SearchQuery("健康", 3, 20).offset()).isEqualTo(40);
    }

    @Test
    void offsetDoesNotOverflowOnHugePages() {
        assertThat(new SearchQuery("健康", Integer.MAX_VALUE, 50).offset()).isPositive();
    }

    @Test
    void nullAndBlankTextAreBlank() {
        assertThat(new SearchQuery(null, 1, 10).isBlank()).isTrue();
        assertThat(new SearchQuery(" \t", 1, 10).isBlank()).isTrue();
        assertThat(new SearchQuery("科普", 1, 10).isBlank()).isFalse();
    }

    @Test
    void everyLanguageUnlessOneIsNamedAndTheLanguageSurvivesPagingAndFilters() {
        assertThat(SearchQuery.of("科普", 10).lang()).isNull();
        assertThat(SearchQuery.of("科普", 10).inLanguage(" ").lang()).isNull();
        SearchQuery mongolian = SearchQuery.of("科普", 10).inLanguage("mn");

        assertThat(mongolian
                        .withFilters(SearchFilters.none())
                        .sortedBy(SearchSort.NEWEST)
                        .after("x")
                        .lang())
                .isEqualTo("mn");
        assertThatThrownBy(() -> SearchQuery.of("科普", 10).inLanguage("fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr");
    }

    @Test
    void documentsAreChineseUnlessTheyNameAnotherLanguage() {
        SearchDocument doc = SearchIndexContract.EARTHQUAKE;

        assertThat(doc.lang()).isEqualTo(SearchDocument.CHINESE);
        assertThat(doc.inLanguage("mn").withVersion(3).lang()).isEqualTo(SearchDocument.MONGOLIAN);
        assertThatThrownBy(() -> doc.inLanguage("mongolian")).isInstanceOf(IllegalArgumentException.class);
    }
}
