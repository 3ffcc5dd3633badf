package org.kepu.portal.videodesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.Video;
import org.springframework.stereotype.Component;

/**
 * The frames of a video's seek-preview storyboard, read from the WebVTT the transcoder wrote, for
 * an editor to pick the poster from. Each frame is a tile of the one sprite picture. Public, with
 * its records, for the template's expressions.
 */
@Component
public class StoryboardFrames {

    /** A storyboard the transcoder writes holds at most 100 short cues: a few KB. */
    private static final int MAX_BYTES = 64 * 1024;

    private static final Pattern CUE = Pattern.compile(
            "(\\d{2,}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> [^\\n]+\\n[^#\\n]+#xywh=(\\d+),(\\d+),(\\d+),(\\d+)");

    /** One tile: the moment it shows and where it lies in the sprite. */
    public record Frame(int seconds, int x, int y, int width, int height) {

        /** The moment as the player shows it, e.g. 01:05. */
        public String time() {
            return String.format("%02d:%02d", seconds / 60, seconds % 60);
        }

        /** The tile as an SVG viewBox into the sprite. */
        public String viewBox() {
            return x + " " + y + " " + width + " " + height;
        }
    }

    /** The sprite's size is where its last tiles end. */
    public record Board(int width, int height, List<Frame> frames) {}

    private final BlobStore blobs;

    StoryboardFrames(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Empty while the video has no transcoded media, or when its storyboard is missing. */
    Optional<Board> of(Video video) {
        if (!video.isPlayable() || !blobs.exists(video.mediaKey(Video.STORYBOARD))) {
            return Optional.empty();
        }
        List<Frame> frames = parse(read(video.mediaKey(Video.STORYBOARD)));
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        int width = frames.stream().mapToInt(f -> f.x() + f.width()).max().orElseThrow();
        int height = frames.stream().mapToInt(f -> f.y() + f.height()).max().orElseThrow();
        return Optional.of(new Board(width, height, frames));
    }

    static List<Frame> parse(String webVtt) {
        List<Frame> frames = new ArrayList<>();
        Matcher cue = CUE.matcher(webVtt.replace("\r\n", "\n"));
        while (cue.find()) {
            int seconds = Integer.parseInt(cue.group(1)) * 3600
                    + Integer.parseInt(cue.group(2)) * 60
                    + Integer.parseInt(cue.group(3));
            frames.add(new Frame(
                    seconds,
                    Integer.parseInt(cue.group(5)),
                    Integer.parseInt(cue.group(6)),
                    Integer.parseInt(cue.group(7)),
                    Integer.parseInt(cue.group(8))));
        }
        return frames;
    }

    private String read(String key) {
        try (InputStream in = blobs.open(key)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the storyboard " + key, e);
        }
    }
}
