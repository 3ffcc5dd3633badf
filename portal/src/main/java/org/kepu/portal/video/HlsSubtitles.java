package org.kepu.portal.video;

import java.util.List;
import org.kepu.content.video.Caption;

/**
 * Captions as HLS subtitle renditions, so that players reading only the playlist (Safari, iOS, TVs)
 * offer them: the master playlist names one WebVTT rendition per caption language, each a playlist
 * of a single segment, the whole track. The master is rewritten when served rather than when
 * transcoded, because captions change without a new transcode.
 */
final class HlsSubtitles {

    static final String GROUP = "subs";
    /**
     * Where the transcoder's MPEG-TS segments start, in 90 kHz ticks: at 0 (the encoder's delay adds
     * under 0.1 s). Players map cue time 0 to it ({@code X-TIMESTAMP-MAP}); a test probes the segments.
     */
    static final long SEGMENT_START_TICKS = 0;

    private HlsSubtitles() {}

    /** The master with a subtitle group when there are captions; as it is otherwise. */
    static String master(String original, long videoId, List<Caption> captions) {
        if (captions.isEmpty() || original.contains("TYPE=SUBTITLES")) {
            return original;
        }
        StringBuilder media = new StringBuilder();
        for (Caption caption : captions) {
            media.append("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"")
                    .append(GROUP)
                    .append("\",NAME=\"")
                    .append(caption.label().replace("\"", ""))
                    .append("\",LANGUAGE=\"")
                    .append(caption.language())
                    // off unless the viewer's system asks for captions, as on the page
                    .append("\",DEFAULT=NO,AUTOSELECT=YES,URI=\"")
                    .append(playlistPath(videoId, caption.language()))
                    .append("\"\n");
        }
        StringBuilder out = new StringBuilder();
        boolean inserted = false;
        for (String line : original.split("\n", -1)) {
            if (line.startsWith("#EXT-X-STREAM-INF:")) {
                if (!inserted) {
                    out.append(media);
                    inserted = true;
                }
                out.append(line.strip()).append(",SUBTITLES=\"").append(GROUP).append("\"\n");
            } else if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The rendition's playlist: one segment, the whole track, as long as the video. */
    static String playlist(long videoId, String language, int seconds) {
        int length = Math.max(seconds, 1);
        return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + length
                + "\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:" + length + ".000,\n"
                + segmentPath(videoId, language) + "\n#EXT-X-ENDLIST\n";
    }

    /** The stored WebVTT with the timestamp map HLS players expect under the header line. */
    static String segment(String webVtt) {
        int end = webVtt.indexOf('\n');
        String header = end < 0 ? webVtt : webVtt.substring(0, end);
        String rest = end < 0 ? "\n" : webVtt.substring(end);
        return header + "\nX-TIMESTAMP-MAP=MPEGTS:" + SEGMENT_START_TICKS + ",LOCAL:00:00:00.000" + rest;
    }

    static String playlistPath(long videoId, String language) {
        return VideoMedia.base(videoId) + "subtitles/" + language + ".m3u8";
    }

    static String segmentPath(long videoId, String language) {
        return VideoMedia.base(videoId) + "subtitles/" + language + ".vtt";
    }
}
