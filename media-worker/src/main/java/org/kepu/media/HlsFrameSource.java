package org.kepu.media;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a moment of a transcoded video lies in its sharpest HLS rendition: the one segment to fetch
 * (after the rendition's init section, for fMP4 segments) and the moment's offset into it. A poster
 * is taken from there rather than from the whole upload or the smaller MP4 fallback.
 */
final class HlsFrameSource {

    /** Files relative to the master playlist, to be concatenated in order, and the offset into them. */
    record SegmentAt(List<String> files, Duration offset) {}

    private static final Pattern RESOLUTION = Pattern.compile("RESOLUTION=(\\d+)x(\\d+)");
    private static final Pattern EXTINF = Pattern.compile("#EXTINF:([0-9.]+)");
    private static final Pattern MAP = Pattern.compile("#EXT-X-MAP:URI=\"([^\"]+)\"");

    private HlsFrameSource() {}

    /** The URI of the variant with the most pixels. */
    static String sharpestVariant(String master) {
        String best = null;
        long bestPixels = -1;
        long pixels = 0;
        for (String line : lines(master)) {
            if (line.startsWith("#EXT-X-STREAM-INF:")) {
                Matcher m = RESOLUTION.matcher(line);
                pixels = m.find() ? Long.parseLong(m.group(1)) * Long.parseLong(m.group(2)) : 0;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (pixels > bestPixels) {
                    best = line;
                    bestPixels = pixels;
                }
                pixels = 0;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("The master playlist names no variant");
        }
        return best;
    }

    /**
     * The segment showing {@code at} in {@code variant} (a playlist at {@code variantUri}); past the
     * end, the last segment with an offset past its end.
     */
    static SegmentAt segmentAt(String variantUri, String variant, Duration at) {
        String folder = variantUri.contains("/") ? variantUri.substring(0, variantUri.lastIndexOf('/') + 1) : "";
        String init = null;
        double start = 0;
        double length = 0;
        String last = null;
        double lastStart = 0;
        double seconds = at.toMillis() / 1000.0;
        for (String line : lines(variant)) {
            Matcher map = MAP.matcher(line);
            Matcher inf = EXTINF.matcher(line);
            if (map.find()) {
                init = folder + map.group(1);
            } else if (inf.find()) {
                length = Double.parseDouble(inf.group(1));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                last = folder + line;
                lastStart = start;
                if (seconds < start + length) {
                    return found(init, last, seconds - start);
                }
                start += length;
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("The variant playlist " + variantUri + " names no segment");
        }
        return found(init, last, seconds - lastStart);
    }

    private static SegmentAt found(String init, String segment, double offsetSeconds) {
        List<String> files = new ArrayList<>();
        if (init != null) {
            files.add(init);
        }
        files.add(segment);
        return new SegmentAt(files, Duration.ofMillis(Math.round(Math.max(0, offsetSeconds) * 1000)));
    }

    private static List<String> lines(String playlist) {
        return playlist.lines().map(String::strip).toList();
    }
}
