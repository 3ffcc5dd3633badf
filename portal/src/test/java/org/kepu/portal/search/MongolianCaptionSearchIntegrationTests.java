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
import tools.jackson.databind.JsonNode;

/**
 * A Chinese video's Mongolian caption track is indexed as Mongolian: a search in Mongolian ({@code lang=mn}) finds
 * the video at the moment the word is said, and a Chinese search still finds the video by its Chinese words (a
 * Chinese search leaves out only what is written in Mongolian).
 */
class MongolianCaptionSearchIntegrationTests extends PortalIntegrationTest {

    private static final long VIDEO = 2;
    // ᠰᠤᠷᠤᠭᠴᠢᠳ (students) is in no Mongolian text of the demo: only this track says it
    private static final String VTT = "WEBVTT\n\n"
            + "00:00:01.000 --> 00:00:03.000\nᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ\n\n"
            + "00:00:04.000 --> 00:00:06.000\nᠰᠤᠷᠤᠭᠴᠢᠳ ᠲᠠᠯᠠᠪᠠᠢ\u202Fᠳᠤ ᠭᠠᠷᠤᠨ᠎ᠠ\n";

    @Autowired
    Captions captions;

    @Test
    void aMongolianSearchFindsTheMomentOfAChineseVideosMongolianTrack() throws Exception {
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/" + VIDEO)
                                .path("status")
                                .asString()));
        String search = "/api/v1/search?lang=mn&q=" + encode("ᠰᠤᠷᠤᠭᠴᠢᠳ");
        assertThat(getJson(search).path("items")).isEmpty();

        captions.upload(VIDEO, "mn", VTT.getBytes(StandardCharsets.UTF_8), "editor");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(getJson(search).path("items")).hasSize(1));
        JsonNode item = getJson(search).path("items").get(0);
        assertThat(item.path("id").asLong()).isEqualTo(VIDEO);
        assertThat(item.path("moments").get(0).path("seconds").asInt()).isEqualTo(4);
        assertThat(item.path("moments").get(0).path("text").asString()).contains("<em>ᠰᠤᠷᠤᠭᠴᠢᠳ</em>");
        String title = getJson("/api/v1/videos/" + VIDEO).path("title").asString();
        assertThat(getJson("/api/v1/search?lang=zh&q=" + encode(title))
                        .path("items")
                        .toString())
                .as("the video stays a Chinese result")
                .contains("\"id\":" + VIDEO);
    }

    // the demo video is shared with other tests of this context: it leaves as it came
    @AfterEach
    void removeCaptions() {
        captions.remove(VIDEO, "mn", "editor");
    }
}
