package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
