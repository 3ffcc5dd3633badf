package org.kepu.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.portal.PortalIntegrationTest;
import org.kepu.search.SearchDocument;
import org.kepu.search.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The search API takes a language (zh by default) and its items say theirs; the pages mark the other language's. */
class MongolianSearchIntegrationTests extends PortalIntegrationTest {

    private static final String ID = "article:990001";
    // ᠲᠡᠮᠡᠭᠡ (camel) with a free variation selector in the stored text
    private static final String CAMEL = "ᠲᠡᠮᠡᠭᠡ";

    @Autowired
    SearchIndex index;

    @BeforeEach
    void aMongolianArticle() {
        index.index(new SearchDocument(
                ID,
                "article",
                "ᠲᠡᠮᠡ\u180Bᠭᠡ ᠶᠢᠨ ᠰᠦᠨ ᠦ ᠲᠤᠰ᠎ᠠ",
                "ᠲᠡᠮᠡᠭᠡ ᠶᠢᠨ ᠰᠦᠨ ᠪᠣᠯ ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ ᠳᠦ ᠲᠤᠰᠠᠲᠠᠢ᠃",
                "ᠲᠡᠮᠡᠭᠡ ᠶᠢᠨ ᠰᠦᠨ",
                "/articles/990001",
                null,
                List.of(),
                null,
                Instant.now(),
                0,
                1,
                SearchDocument.MONGOLIAN));
        index.refresh();
    }

    @AfterEach
    void remove() {
        index.delete(ID);
        index.refresh();
    }

    @Test
    void theApiFindsAMongolianWordTypedWithOrWithoutAVariationSelectorInMongolianOnly() throws Exception {
        for (String typed : List.of(CAMEL, "ᠲᠡᠮᠡ\u180Bᠭᠡ")) {
            JsonNode found = getJson("/api/v1/search?lang=mn&q=" + encode(typed));
            assertThat(found.path("total").asLong()).as(typed).isEqualTo(1);
            assertThat(found.path("items").get(0).path("lang").asString()).isEqualTo("mn");
            assertThat(found.path("items").get(0).path("url").asString()).isEqualTo("/articles/990001");
        }
        assertThat(getJson("/api/v1/search?q=" + encode(CAMEL)).path("total").asLong())
                .isZero();
        assertThat(getJson("/api/v1/search?q=" + encode("应急"))
                        .path("items")
                        .get(0)
                        .path("lang")
                        .asString())
                .isEqualTo("zh");
        assertThat(get("/api/v1/search?lang=fr&q=x").statusCode()).isEqualTo(400);
    }

    @Test
    void theChinesePageMarksAMongolianHit() throws Exception {
        String page = get("/search?q=" + encode(CAMEL)).body();

        assertThat(page).contains("lang=\"mn-Mong\"").contains(">蒙古文</span>");
    }
}
