package org.kepu.media.transcode;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the report {@code ffmpeg -i} prints. JAVE2's own parser knows no rotation, and its probe
 * runs without the input whitelists, so it would follow a playlist disguised as a video.
 */
final class ProbeParser {

    private static final Pattern INPUT = Pattern.compile("^Input #0, (.+), from '");
    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern STREAM =
            Pattern.compile("^\\s*Stream #0:\\d+.*?: (Video|Audio|Data|Subtitle|Attachment): (.*)$");
    private static final Pattern CODEC = Pattern.compile("^(\\w+)");
    private static final Pattern SIZE = Pattern.compile("(?<=[ ,])(\\d{1,5})x(\\d{1,5})(?=[ ,\\]]|$)");
    private static final Pattern FPS = Pattern.compile("([\\d.]+)(k?) fps");
    private static final Pattern TBR = Pattern.compile("([\\d.]+)(k?) tbr");
    // "1k tbr" is a millisecond time base guessed for a stream without a declared rate (browser WebM)
    private static final double IMPLAUSIBLE_RATE = 1000;
    private static final Pattern ROTATE_TAG = Pattern.compile("^\\s*rotate\\s*: (-?[\\d.]+)");
    private static final Pattern DISPLAY_MATRIX = Pattern.compile("displaymatrix: rotation of (-?[\\d.]+) degrees");

    private ProbeParser() {}

    /**
     * The probe of the first input, or the reason the file is not a media file. A file with sound
     * and no picture has a probe without video; the {@link MediaRulesCheck} refuses it.
     */
    static MediaProbe parse(List<String> report) {
        if (report.stream().anyMatch(line -> line.contains("not on whitelist"))) {
            throw new MediaRejected(MediaRejected.Cause.FORMAT_NOT_ALLOWED, MediaRejected.FORMAT_NOT_ALLOWED);
        }
        String container = null;
        Duration duration = Duration.ZERO;
        VideoStream video = null;
        boolean inFirstVideo = false;
        boolean hasAudio = false;
        for (String line : report) {
            Matcher input = INPUT.matcher(line);
            Matcher length = DURATION.matcher(line);
            Matcher stream = STREAM.matcher(line);
            if (input.find()) {
                container = input.group(1);
            } else if (length.find()) {
                duration = duration(length);
            } else if (stream.find()) {
                inFirstVideo = video == null && isPicture(stream);
                if (inFirstVideo) {
                    video = VideoStream.of(stream.group(2));
                }
                hasAudio |= stream.group(1).equals("Audio");
            } else if (inFirstVideo) {
                video = video.withRotationFrom(line);
            }
        }
        if (container == null) {
            throw new MediaRejected(MediaRejected.Cause.NOT_A_VIDEO, MediaRejected.NOT_A_VIDEO);
        }
        if (video == null) {
            return new MediaProbe(container, false, hasAudio, null, 0, 0, 0, 0, duration);
        }
        if (video.width() < 2 || video.height() < 2) {
            throw new MediaRejected(MediaRejected.Cause.NOT_A_VIDEO, MediaRejected.NOT_A_VIDEO);
        }
        return new MediaProbe(
                container,
                true,
                hasAudio,
                video.codec(),
                video.width(),
                video.height(),
                video.rotation(),
                video.frameRate(),
                duration);
    }

    // a cover image in an audio file shows up as a video stream too
    private static boolean isPicture(Matcher stream) {
        return stream.group(1).equals("Video") && !stream.group(2).contains("(attached pic)");
    }

    private static Duration duration(Matcher m) {
        double seconds = Double.parseDouble(m.group(3));
        return Duration.ofHours(Long.parseLong(m.group(1)))
                .plusMinutes(Long.parseLong(m.group(2)))
                .plusMillis(Math.round(seconds * 1000));
    }

    private record VideoStream(
            String codec, int width, int height, double frameRate, int rotation, boolean rotationFromTag) {

        static VideoStream of(String description) {
            Matcher codec = CODEC.matcher(description);
            Matcher size = SIZE.matcher(description);
            boolean sized = size.find();
            return new VideoStream(
                    codec.find() ? codec.group(1) : "unknown",
                    sized ? Integer.parseInt(size.group(1)) : 0,
                    sized ? Integer.parseInt(size.group(2)) : 0,
                    frameRate(description),
                    0,
                    false);
        }

        // the average rate ("fps") when ffmpeg knows it, else the rate it guesses ("tbr") if plausible
        private static double frameRate(String description) {
            double fps = rate(FPS.matcher(description));
            if (fps > 0) {
                return fps;
            }
            double tbr = rate(TBR.matcher(description));
            return tbr < IMPLAUSIBLE_RATE ? tbr : 0;
        }

        private static double rate(Matcher m) {
            return m.find() ? Double.parseDouble(m.group(1)) * (m.group(2).isEmpty() ? 1 : 1000) : 0;
        }

        // the "rotate" tag is clockwise; the display matrix is counter-clockwise; the tag wins
        VideoStream withRotationFrom(String line) {
            Matcher tag = ROTATE_TAG.matcher(line);
            if (tag.find()) {
                return rotated(Double.parseDouble(tag.group(1)), true);
            }
            Matcher matrix = DISPLAY_MATRIX.matcher(line);
            if (matrix.find() && !rotationFromTag) {
                return rotated(-Double.parseDouble(matrix.group(1)), false);
            }
            return this;
        }

        private VideoStream rotated(double clockwise, boolean fromTag) {
            int quarterTurns = (int) Math.round(clockwise / 90.0);
            int degrees = Math.floorMod(quarterTurns * 90, 360);
            return new VideoStream(codec, width, height, frameRate, degrees, fromTag);
        }
    }
}
