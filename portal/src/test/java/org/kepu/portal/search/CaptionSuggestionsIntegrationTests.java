package org.kepu.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.video.Captions;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Words a public video says are offered while typing and by 您是不是要找: typed as characters, as pinyin or as
 * initials, through the search API and the search page, once the captions are indexed.
 */
class CaptionSuggestionsIntegrationTests extends PortalIntegrationTest {

    // 全站仪 is in no title, summary, article or hot search of the demo: only this track says it
    private static final String VTT = "WEBVTT\n\n"
            + "00:00:00.000 --> 00:00:03.000\n今天用全站仪测量矿区\n\n"
            + "00:00:03.000 --> 00:00:06.000\n全站仪的读数要记在本子上\n";

    @Autowired
    Captions captions;

    @Test
    void wordsSaidInAPublicVideoAreSuggestedAndOfferedForPinyin() throws Exception {
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/1").path("status").asString()));
        assertThat(getJson("/api/v1/search/suggest?q=quanzhan").toString()).doesNotContain("全站仪");

        captions.upload(1, "zh", VTT.getBytes(StandardCharsets.UTF_8), "editor");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                getJson("/api/v1/search/suggest?q=quanzhan").toString())
                        .contains("全站仪"));
        assertThat(getJson("/api/v1/search/suggest?q=" + encode("全站")).toString())
                .contains("全站仪");
        assertThat(getJson("/api/v1/search/suggest?q=qzy").toString()).contains("全站仪");

        String page = get("/search?q=quanzhanyi").body();
        assertThat(page).contains("class=\"did-you-mean\"").contains("全站仪");
    }

    // the demo video is shared with other tests of this context: it leaves as it came
    @AfterEach
    void removeCaptions() {
        captions.remove(1, "zh", "editor");
    }
}
