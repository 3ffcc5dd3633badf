package org.kepu.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HlsFrameSourceTests {

    private static final String MASTER = """
            #EXTM3U
            #EXT-X-VERSION:6
            #EXT-X-STREAM-INF:BANDWIDTH=985600,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2"
            v1/index.m3u8

            #EXT-X-STREAM-INF:BANDWIDTH=1680800,RESOLUTION=854x480,CODECS="avc1.64001e,mp4a.40.2"
            v0/index.m3u8
            """;

    private static final String TS = """
            #EXTM3U
            #EXT-X-TARGETDURATION:4
            #EXTINF:4.000000,
            seg_000.ts
            #EXTINF:4.000000,
            seg_001.ts
            #EXTINF:1.500000,
            seg_002.ts
            #EXT-X-ENDLIST
            """;

    private static final String FMP4 = """
            #EXTM3U
            #EXT-X-MAP:URI="init.mp4"
            #EXTINF:6.000,
            seg_000.m4s
            #EXTINF:6.000,
            seg_001.m4s
            #EXT-X-ENDLIST
            """;

    @Test
    void thePosterComesFromTheVariantWithTheMostPixelsWhereverItIsListed() {
        assertThat(HlsFrameSource.sharpestVariant(MASTER)).isEqualTo("v0/index.m3u8");
    }

    @Test
    void aMomentFallsInTheSegmentThatShowsItWithItsOffsetIntoIt() {
        HlsFrameSource.SegmentAt at = HlsFrameSource.segmentAt("v0/index.m3u8", TS, Duration.ofMillis(5_250));

        assertThat(at.files()).containsExactly("v0/seg_001.ts");
        assertThat(at.offset()).isEqualTo(Duration.ofMillis(1_250));
    }

    @Test
    void fragmentedMp4SegmentsComeAfterTheirInitSection() {
        HlsFrameSource.SegmentAt at = HlsFrameSource.segmentAt("v2/index.m3u8", FMP4, Duration.ofSeconds(6));

        assertThat(at.files()).isEqualTo(List.of("v2/init.mp4", "v2/seg_001.m4s"));
        assertThat(at.offset()).isEqualTo(Duration.ZERO);
    }

    @Test
    void pastTheEndTheLastSegmentIsUsed() {
        HlsFrameSource.SegmentAt at = HlsFrameSource.segmentAt("v0/index.m3u8", TS, Duration.ofSeconds(20));

        assertThat(at.files()).containsExactly("v0/seg_002.ts");
        assertThat(at.offset()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void playlistsWithoutVariantsOrSegmentsAreRefused() {
        assertThatThrownBy(() -> HlsFrameSource.sharpestVariant("#EXTM3U\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HlsFrameSource.segmentAt("v0/index.m3u8", "#EXTM3U\n", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
