package org.kepu.portal.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor curates a column on its page: finds items with the site's search, sees each with its
 * picture, adds them, drags one to the top (one audited move) and sees the order readers will see.
 */
class ColumnCurationPageTests extends PortalIntegrationTest {

    private static final String PASSWORD = "编排-Mima-2026";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Columns columns;

    @Autowired
    ColumnCuration curation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorFindsAddsAndDragsItemsAndSeesThePreview() {
        String username = "curator-" + System.nanoTime() % 100000;
        accounts.add(
                Account.create(username, encoder.encode(PASSWORD), "栏目编辑", EnumSet.of(Role.EDITOR), Instant.now()));
        PageSession editor = PageSession.login(this::uri, username, PASSWORD);
        String slug = "bianpai-" + System.nanoTime() % 100000;
        ContentColumn column = columns.create(
                ContentColumn.create(slug, "防灾减灾", "身边的防灾知识", ColumnKind.SERIES, 100, Instant.now()), username);

        // the latest items come from the search index, which the demo content reaches in the background
        await().atMost(Duration.ofSeconds(60))
                .until(() -> editor.get("/editor/columns/" + slug).body().contains("class=\"thumb\""));
        String latest = editor.get("/editor/columns/" + slug).body();
        assertThat(latest).contains("最新发布的文章和视频").contains("class=\"thumb\"").contains("name=\"key\"");

        long quake = articleTitled("地震");
        long dust = articleTitled("沙尘暴");
        String title = jdbc.sql("select title from article where id = ?")
                .param(dust)
                .query(String.class)
                .single();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> editor.get("/editor/columns/" + slug + "?find=沙尘暴")
                        .body()
                        .contains(title));
        String found = editor.get("/editor/columns/" + slug + "?find=沙尘暴").body();
        assertThat(found).contains("“沙尘暴”的查找结果").contains("value=\"article:" + dust + "\"");

        editor.post("/editor/columns/" + slug + "/items", "key", "article:" + quake);
        editor.post("/editor/columns/" + slug + "/items", "key", "article:" + dust);
        List<ColumnItem> added = curation.of(column.id());
        assertThat(added).extracting(ColumnItem::contentId).containsExactly(quake, dust);
        assertThat(editor.get("/editor/columns/" + slug + "?find=沙尘暴").body())
                .as("what is in the column is marked, not offered again")
                .contains("已在栏目中");

        // the drag script posts the place the item was dropped at
        assertThat(editor.post(
                                "/editor/columns/" + slug + "/items/"
                                        + added.get(1).id(),
                                "action",
                                "position",
                                "position",
                                "1")
                        .statusCode())
                .isEqualTo(302);
        assertThat(curation.of(column.id())).extracting(ColumnItem::contentId).containsExactly(dust, quake);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'column.item-moved' and subject_type = 'column' and subject_id = ?")
                        .param(String.valueOf(column.id()))
                        .query(Long.class)
                        .single())
                .as("one audited move for one drag")
                .isEqualTo(1);

        String page = editor.get("/editor/columns/" + slug).body();
        String preview = page.substring(page.indexOf("读者看到的样子"));
        assertThat(preview.indexOf("/articles/" + dust)).isLessThan(preview.indexOf("/articles/" + quake));
    }

    @Test
    void anEditorCreatesAColumnAndChangesItsDetailsAndBothStepsAreAuditedUnderItsName() {
        String username = "lanmu-" + System.nanoTime() % 100000;
        accounts.add(
                Account.create(username, encoder.encode(PASSWORD), "栏目编辑", EnumSet.of(Role.EDITOR), Instant.now()));
        PageSession editor = PageSession.login(this::uri, username, PASSWORD);
        String slug = "kejizhou-" + System.nanoTime() % 100000;

        assertThat(editor.post(
                                "/editor/columns",
                                "slug",
                                slug,
                                "name",
                                "科技活动周",
                                "description",
                                "五月的科技活动",
                                "kind",
                                "CAMPAIGN",
                                "sortOrder",
                                "20",
                                "onHome",
                                "false")
                        .statusCode())
                .isEqualTo(302);
        assertThat(editor.post(
                                "/editor/columns/" + slug + "/details",
                                "name",
                                "2026 科技活动周",
                                "kind",
                                "CAMPAIGN",
                                "sortOrder",
                                "20",
                                "onHome",
                                "true")
                        .statusCode())
                .isEqualTo(302);

        ContentColumn column = columns.findBySlug(slug).orElseThrow();
        assertThat(column.name()).isEqualTo("2026 科技活动周");
        assertThat(column.onHome()).isTrue();
        assertThat(jdbc.sql("select action from audit_event where actor = ? and subject_type = 'column'"
                                + " and subject_id = ? order by id")
                        .params(username, String.valueOf(column.id()))
                        .query(String.class)
                        .list())
                .containsExactly("column.created", "column.changed");
    }

    private long articleTitled(String word) {
        return jdbc.sql("select min(id) from article where status = 'PUBLISHED' and title like ?")
                .param("%" + word + "%")
                .query(Long.class)
                .single();
    }
}
