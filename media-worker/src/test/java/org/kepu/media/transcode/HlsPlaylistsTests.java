package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HlsPlaylistsTests {

    @Test
    void theSegmentsOfARunningEventPlaylistAreTheOnesToKeep() {
        String playlist = """
                #EXTM3U
                #EXT-X-VERSION:6
                #EXT-X-TARGETDURATION:4
                #EXT-X-MEDIA-SEQUENCE:0
                #EXT-X-PLAYLIST-TYPE:EVENT
                #EXTINF:4.000000,
                seg_000.ts
                #EXTINF:4.000000,
                seg_001.ts
                #EXTINF:3.960000,
                seg_002.ts
                """;

        List<HlsSegment> listed = HlsPlaylists.entries(1, playlist);

        assertThat(listed).extracting(HlsSegment::name).containsExactly("seg_000.ts", "seg_001.ts", "seg_002.ts");
        assertThat(listed).extracting(HlsSegment::rendition).containsOnly(1);
        assertThat(listed.get(2).seconds()).isEqualTo(3.96);
    }

    @Test
    void aResumedRunsPlaylistGetsTheKeptSegmentsInFrontAsVod() {
        String resumed = """
                #EXTM3U
                #EXT-X-VERSION:6
                #EXT-X-TARGETDURATION:4
                #EXT-X-MEDIA-SEQUENCE:2
                #EXT-X-PLAYLIST-TYPE:EVENT
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXTINF:4.000000,
                seg_002.ts
                #EXTINF:2.000000,
                seg_003.ts
                #EXT-X-ENDLIST
                """;
        List<HlsSegment> kept = List.of(new HlsSegment(0, "seg_000.ts", 4), new HlsSegment(0, "seg_001.ts", 4));

        assertThat(HlsPlaylists.joined(resumed, kept)).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:6
                #EXT-X-TARGETDURATION:4
                #EXT-X-MEDIA-SEQUENCE:0
                #EXT-X-PLAYLIST-TYPE:VOD
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXTINF:4.000000,
                seg_000.ts
                #EXTINF:4.000000,
                seg_001.ts
                #EXTINF:4.000000,
                seg_002.ts
                #EXTINF:2.000000,
                seg_003.ts
                #EXT-X-ENDLIST
                """);
    }
}
