package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CurationIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ColumnCuration curation;

    @Autowired
    Columns columns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void editorsOrderPinAndFeatureItemsAndReadersAndScreensSeeThatOrder() throws Exception {
        ContentColumn column = columns.findBySlug("kepuri").orElseThrow();
        long first = articleTitled("地震");
        long second = articleTitled("沙尘暴");
        long third = articleTitled("用药");
        curation.add(column.id(), ContentKey.article(first), "编辑");
        curation.add(column.id(), ContentKey.article(second), "编辑");
        curation.add(column.id(), ContentKey.article(third), "编辑");
        curation.add(column.id(), ContentKey.video(1), "编辑");
        long secondItem = item(column, second);
        long thirdItem = item(column, third);

        curation.move(column.id(), thirdItem, -1, "编辑");
        curation.pin(column.id(), secondItem, true, "编辑");
        curation.feature(column.id(), thirdItem, true, "编辑");

        assertThat(curation.of(column.id())).extracting(ColumnItem::contentId).startsWith(second, first, third);
        JsonNode playlist = getJson("/screen/columns/kepuri/playlist.json");
        assertThat(playlist.get(0).path("url").asString()).isEqualTo("/articles/" + second);
        assertThat(get("/screen/columns/kepuri").statusCode())
                .as("screens need no login")
                .isEqualTo(200);
        assertThat(get("/columns/kepuri").body()).contains("精选").contains("/articles/" + second);
        String home = get("/").body();
        assertThat(home).contains("class=\"carousel\"").contains("href=\"/articles/" + third + "\"");
        assertThat(get("/editor/columns").statusCode()).as("editors only").isEqualTo(302);
    }

    private long articleTitled(String word) {
        return jdbc.sql("select min(id) from article where status = 'PUBLISHED' and title like ?")
                .param("%" + word + "%")
                .query(Long.class)
                .single();
    }

    private long item(ContentColumn column, long articleId) {
        return curation.of(column.id()).stream()
                .filter(i -> i.contentId() == articleId && i.contentType().equals("article"))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
