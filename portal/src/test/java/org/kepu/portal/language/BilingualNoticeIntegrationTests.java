package org.kepu.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.notice.SiteNotices;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The emergency notice carries its Mongolian text beside the Chinese, on every page and on hall screens. */
class BilingualNoticeIntegrationTests extends PortalIntegrationTest {

    @Autowired
    SiteNotices notices;

    @AfterEach
    void lower() {
        notices.lower("test");
    }

    @Test
    void aPresetIsRaisedInBothLanguagesAndEachPageShowsItsOwnFirst() throws Exception {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        assertThat(admin.post("/editor/notice", "preset", "SANDSTORM").statusCode())
                .isEqualTo(302);

        String chinese = get("/search").body();
        assertThat(chinese).contains("沙尘暴预警").contains("ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤᠷᠭ᠎ᠠ");
        assertThat(chinese.indexOf("沙尘暴预警")).isLessThan(chinese.indexOf("ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤᠷᠭ᠎ᠠ"));
        // the Chinese page needs the font while the Mongolian text is up
        assertThat(chinese).contains("/css/mongolian-font").doesNotContain("/css/mongolian-c");

        String mongolian = get("/mn/search").body();
        assertThat(mongolian.indexOf("ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤᠷᠭ᠎ᠠ")).isLessThan(mongolian.indexOf("沙尘暴预警"));

        HttpResponse<String> screen = get("/screen/notice.json");
        assertThat(json.readTree(screen.body()).path("titleMn").asString()).startsWith("ᠰᠢᠷᠤᠢ");
    }

    @Test
    void aCustomNoticeNeedsBothMongolianFieldsOrNeitherAndRefusesALegacyEncoding() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> half = customNotice(admin, "ᠮᠡᠳᠡᠭᠡ", "");
        assertThat(half.statusCode()).isEqualTo(200);
        assertThat(half.body()).contains("蒙古文标题和内容要么都填").contains("ᠮᠡᠳᠡᠭᠡ");

        HttpResponse<String> legacy = customNotice(admin, "\uE2D1\uE27F", "\uE2D1");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.body()).contains("旧编码");
        assertThat(notices.active()).isEmpty();

        assertThat(customNotice(admin, "ᠮᠡᠳᠡᠭᠡ", "ᠥᠨᠥᠳᠦᠷ ᠦᠳᠡᠰᠢ").statusCode()).isEqualTo(302);
        assertThat(notices.active())
                .hasValueSatisfying(n -> assertThat(n.bodyMn()).isEqualTo("ᠥᠨᠥᠳᠦᠷ ᠦᠳᠡᠰᠢ"));
    }

    /** The custom notice form with a Chinese text and the given Mongolian one. */
    private static HttpResponse<String> customNotice(PageSession admin, String titleMn, String bodyMn) {
        return admin.post(
                "/editor/notice",
                "kind",
                "OTHER",
                "title",
                "停电通知",
                "body",
                "今晚检修。",
                "titleMn",
                titleMn,
                "bodyMn",
                bodyMn);
    }
}
