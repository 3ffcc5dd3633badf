package org.kepu.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor gives a column its Mongolian name and description: Mongolian pages show them (marked mn-Mong) in the
 * navigation and on the column's page, Chinese pages keep the Chinese; legacy-encoded text is refused, nothing saved.
 */
class ColumnMongolianIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "栏目-蒙古文-2026";
    private static final String NAME_MN = "ᠣᠨᠴᠠ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ";

    @Autowired
    Columns columns;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aColumnsMongolianNameShowsOnMongolianPagesOnly() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "mn-col-" + suffix;
        String name = "双语栏目" + suffix;
        columns.create(ContentColumn.create(slug, name, "中文简介", ColumnKind.SERIES, 1, Instant.now()), "编辑甲");
        String editor = "col-editor-" + suffix;
        accounts.add(Account.create(editor, encoder.encode(PASSWORD), editor, EnumSet.of(Role.EDITOR), Instant.now()));
        PageSession desk = PageSession.login(this::uri, editor, PASSWORD);

        assertThat(desk.post(
                                "/editor/columns/" + slug + "/details",
                                "name",
                                name,
                                "description",
                                "中文简介",
                                "kind",
                                "SERIES",
                                "nameMn",
                                "\ue234\ue2a1",
                                "descriptionMn",
                                "")
                        .statusCode())
                .isEqualTo(302);
        assertThat(desk.get("/editor/columns/" + slug).body()).contains("旧编码的蒙古文");
        assertThat(columns.findBySlug(slug).orElseThrow().nameMn()).isNull();

        assertThat(desk.post(
                                "/editor/columns/" + slug + "/details",
                                "name",
                                name,
                                "description",
                                "中文简介",
                                "kind",
                                "SERIES",
                                "nameMn",
                                NAME_MN,
                                "descriptionMn",
                                "ᠲᠣᠪᠴᠢ ᠲᠠᠨᠢᠯᠴᠠᠭᠤᠯᠭ᠎ᠠ")
                        .statusCode())
                .isEqualTo(302);

        String mongolian = get("/mn/columns/" + slug).body();
        assertThat(mongolian)
                .contains("<span>" + NAME_MN + "</span>")
                .contains("<p class=\"lead\" lang=\"mn-Mong\">ᠲᠣᠪᠴᠢ ᠲᠠᠨᠢᠯᠴᠠᠭᠤᠯᠭ᠎ᠠ</p>");
        String chinese = get("/columns/" + slug).body();
        assertThat(chinese).contains(name).contains("中文简介").doesNotContain(NAME_MN);
    }
}
