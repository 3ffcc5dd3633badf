package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryboardTests {

    @ParameterizedTest(name = "{0} ms of {1}x{2} → every {3} s, {4}x{5} tiles of {6}x{7}")
    @CsvSource({
        "   2000, 1920, 1080,  1,  2,  1, 160,  90",
        "   6000,  640,  360,  1,  6,  1, 160,  90",
        "  61000, 1920, 1080,  1, 10,  7, 160,  90",
        " 100000, 1920, 1080,  1, 10, 10, 160,  90",
        " 100001, 1920, 1080,  2, 10,  6, 160,  90",
        " 600000, 1920, 1080,  6, 10, 10, 160,  90",
        "3600000, 1920, 1080, 36, 10, 10, 160,  90",
        "  30000, 1080, 1920,  1, 10,  3,  90, 160",
        "  30000, 1440, 1080,  1, 10,  3, 160, 120",
        "    400,  640,  360,  1,  1,  1, 160,  90",
    })
    void keepsTheSpriteAtMostAHundredThumbnails(
            long millis, int width, int height, int interval, int columns, int rows, int tileWidth, int tileHeight) {
        Storyboard storyboard =
                Storyboard.plan(probe(width, height, Duration.ofMillis(millis)), Duration.ofMinutes(10));

        assertThat(storyboard).isEqualTo(new Storyboard(interval, tileWidth, tileHeight, columns, rows));
        assertThat(storyboard.capacity()).isLessThanOrEqualTo(Storyboard.MAX_TILES);
    }

    @Test
    void unknownLengthIsPlannedForTheLongestAllowed() {
        Storyboard storyboard = Storyboard.plan(probe(1280, 720, Duration.ZERO), Duration.ofMinutes(10));

        assertThat(storyboard.intervalSeconds()).isEqualTo(6);
        assertThat(storyboard.capacity()).isEqualTo(100);
    }

    @Test
    void cuesPointIntoTheSpriteRowByRow() {
        Storyboard storyboard = new Storyboard(5, 160, 90, 10, 2);

        String vtt = storyboard.webVtt(Duration.ofMillis(57_500));

        assertThat(vtt)
                .startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nsprite.jpg#xywh=0,0,160,90\n")
                .contains("\n00:00:45.000 --> 00:00:50.000\nsprite.jpg#xywh=1440,0,160,90\n")
                .contains("\n00:00:50.000 --> 00:00:55.000\nsprite.jpg#xywh=0,90,160,90\n")
                .endsWith("\n00:00:55.000 --> 00:00:57.500\nsprite.jpg#xywh=160,90,160,90\n");
    }

    @Test
    void cuesStopWhereTheSpriteIsFull() {
        Storyboard storyboard = new Storyboard(36, 160, 90, 10, 10);

        String vtt = storyboard.webVtt(Duration.ofHours(2));

        assertThat(vtt.lines().filter(line -> line.contains("-->"))).hasSize(100);
        assertThat(vtt).contains("\n00:59:24.000 --> 01:00:00.000\nsprite.jpg#xywh=1440,810,160,90\n");
    }

    @Test
    void filtersTakeOnePicturePerIntervalThenTileThem() {
        Storyboard storyboard = new Storyboard(6, 90, 160, 10, 10);

        assertThat(storyboard.thumbnailFilter()).isEqualTo("fps=fps=1/6,scale=90:160,setsar=1,format=yuvj420p");
        assertThat(storyboard.tileFilter()).isEqualTo("tile=10x10");
    }

    private static MediaProbe probe(int width, int height, Duration length) {
        return new MediaProbe("mov,mp4,m4a,3gp,3g2,mj2", true, true, "h264", width, height, 0, 25, length);
    }
}
