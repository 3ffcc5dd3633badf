package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LadderPlannerTests {

    private final LadderPlanner planner = new LadderPlanner();

    @ParameterizedTest(name = "{0}x{1} turned {2}° → {3}")
    @CsvSource({
        "3840, 2160,   0, 1920x1080 1280x720 854x480 640x360",
        "1920, 1080,   0, 1920x1080 1280x720 854x480 640x360",
        "1080, 1920,   0, 1080x1920 720x1280 480x854 360x640",
        "1920, 1080,  90, 1080x1920 720x1280 480x854 360x640",
        "1920, 1080, 270, 1080x1920 720x1280 480x854 360x640",
        "1920, 1080, 180, 1920x1080 1280x720 854x480 640x360",
        "1440, 1080,   0, 1440x1080 960x720 640x480 480x360",
        "1280,  720,   0, 1280x720 854x480 640x360",
        " 854,  480,   0, 854x480 640x360",
        " 640,  360,   0, 640x360 426x240",
        " 360,  640,   0, 360x640 240x426",
        " 400,  300,   0, 400x300 320x240",
        " 320,  240,   0, 320x240 160x120",
        " 240,  320,   0, 240x320 120x160",
        " 200,  100,   0, 200x100",
        "1921, 1081,   0, 1920x1080 1280x720 852x480 640x360",
        " 641,  361,   0, 640x360 426x240",
        " 321,  241,   0, 320x240 160x120",
        " 175,   99,   0, 174x98",
    })
    void plansStandardSizesWithoutUpscaling(int width, int height, int rotation, String expected) {
        List<Rendition> ladder = planner.plan(probe(width, height, rotation));

        assertThat(sizes(ladder)).isEqualTo(expected);
        assertThat(ladder).allSatisfy(r -> {
            assertThat(r.width() % 2).isZero();
            assertThat(r.height() % 2).isZero();
            assertThat(r.shortSide()).isLessThanOrEqualTo(Math.min(width, height));
        });
    }

    @Test
    void bitratesFallWithSize() {
        List<Rendition> ladder = planner.plan(probe(1920, 1080, 0));

        assertThat(ladder).extracting(Rendition::videoBitrateKbps).isSortedAccordingTo((a, b) -> b - a);
        assertThat(ladder).extracting(Rendition::videoBitrateKbps).doesNotHaveDuplicates();
        assertThat(ladder).allSatisfy(r -> assertThat(r.audioBitrateKbps()).isPositive());
    }

    @Test
    void everySourceFromShortSide240HasAtLeastTwoRenditions() {
        for (int shortSide = 240; shortSide <= 1200; shortSide += 7) {
            int longSide = shortSide * 16 / 9;
            assertThat(planner.plan(probe(longSide, shortSide, 0))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(planner.plan(probe(shortSide, longSide, 0))).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static MediaProbe probe(int width, int height, int rotation) {
        return new MediaProbe(
                "mov,mp4,m4a,3gp,3g2,mj2", true, true, "h264", width, height, rotation, 25, Duration.ofSeconds(10));
    }

    private static String sizes(List<Rendition> ladder) {
        return ladder.stream().map(r -> r.width() + "x" + r.height()).collect(Collectors.joining(" "));
    }
}
