package org.kepu.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kepu.portal.PortalIntegrationTest;

class DidYouMeanIntegrationTests extends PortalIntegrationTest {

    @Test
    void aSearchWithAMistypedCharacterSuggestsTheClosestKnownTerm() throws Exception {
        String page = get("/search?q=" + encode("应急壁险")).body();

        assertThat(page).contains("class=\"did-you-mean\"").contains("应急避险");
    }
}
