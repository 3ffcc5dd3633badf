package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rendition playlists ffmpeg writes: read while it runs (an EVENT playlist lists a segment only
 * once it is closed), and turned into the VOD playlists players get once it has finished.
 */
final class HlsPlaylists {

    static final String PLAYLIST = "index.m3u8";
    private static final String EXTINF = "#EXTINF:";
    private static final String TYPE = "#EXT-X-PLAYLIST-TYPE:";
    private static final String SEQUENCE = "#EXT-X-MEDIA-SEQUENCE:";
    private static final String TARGET = "#EXT-X-TARGETDURATION:";

    private HlsPlaylists() {}

    static Path of(Path outputDir, int rendition) {
        return outputDir.resolve("v" + rendition).resolve(PLAYLIST);
    }

    /** The segments {@code playlist} lists, in order; none while ffmpeg has not written it yet. */
    static List<HlsSegment> listed(Path outputDir, int rendition) {
        try {
            return entries(rendition, Files.readString(of(outputDir, rendition), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + of(outputDir, rendition), e);
        }
    }

    static List<HlsSegment> entries(int rendition, String playlist) {
        List<HlsSegment> segments = new ArrayList<>();
        Double seconds = null;
        for (String line : playlist.split("\\R")) {
            if (line.startsWith(EXTINF)) {
                String value = line.substring(EXTINF.length());
                int comma = value.indexOf(',');
                seconds = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
            } else if (!line.isBlank() && !line.startsWith("#") && seconds != null) {
                segments.add(new HlsSegment(rendition, line.strip(), seconds));
                seconds = null;
            }
        }
        return segments;
    }

    /** The finished EVENT playlist as the VOD playlist ffmpeg would have written, for players. */
    static void toVod(Path playlist) {
        write(playlist, joined(read(playlist), List.of()));
    }

    /** The finished playlist of a resumed run, with the kept segments before its own, as VOD. */
    static void joinKept(Path playlist, List<HlsSegment> kept) {
        write(playlist, joined(read(playlist), kept));
    }

    static String joined(String resumed, List<HlsSegment> kept) {
        String[] lines = resumed.split("\\R");
        long target =
                kept.stream().mapToLong(s -> Math.round(s.seconds())).max().orElse(0);
        for (String line : lines) {
            if (line.startsWith(TARGET)) {
                target = Math.max(
                        target, Long.parseLong(line.substring(TARGET.length()).strip()));
            }
        }
        StringBuilder text = new StringBuilder();
        boolean keptWritten = false;
        for (String line : lines) {
            if (line.startsWith(EXTINF) && !keptWritten) {
                for (HlsSegment s : kept) {
                    text.append(String.format(Locale.ROOT, "%s%.6f,\n%s\n", EXTINF, s.seconds(), s.name()));
                }
                keptWritten = true;
            }
            if (keptWritten) {
                text.append(line);
            } else if (line.startsWith(TARGET)) {
                text.append(TARGET).append(target);
            } else if (line.startsWith(SEQUENCE)) {
                text.append(SEQUENCE).append(0); // the kept segments come first again
            } else if (line.startsWith(TYPE)) {
                text.append(TYPE).append("VOD");
            } else {
                text.append(line);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String read(Path playlist) {
        try {
            return Files.readString(playlist, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + playlist, e);
        }
    }

    private static void write(Path playlist, String text) {
        try {
            Files.writeString(playlist, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + playlist, e);
        }
    }
}
