package org.kepu.media.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The arguments of the one ffmpeg run that decodes the source once, encodes each rendition once and
 * writes the HLS ladder, the MP4 fallback (the middle rendition's packets again, through the tee
 * muxer), the poster and the storyboard thumbnails; and of the small run that tiles the thumbnails.
 */
final class TranscodeCommand {

    static final String MASTER = "master.m3u8";
    static final String FALLBACK = "fallback.mp4";
    static final String POSTER = "poster.jpg";
    /** Where the main run leaves the storyboard thumbnails, removed once they are tiled. */
    static final String THUMBNAILS = "thumbnails";

    private static final String THUMBNAIL_PATTERN = "t%04d.jpg";
    private static final String SEGMENT_PATTERN = "seg_%03d.ts";

    private static final double FALLBACK_FRAME_RATE = 25;
    // browsers play 8-bit 4:2:0 H.264 only; ffmpeg's JPEG encoder wants the full-range variant
    private static final String VIDEO_PIXELS = "yuv420p";
    private static final String JPEG_PIXELS = "yuvj420p";
    private static final Duration LATEST_POSTER_TIME = Duration.ofSeconds(1);

    private final TranscodeSettings settings;
    private final MediaProbe probe;
    private final List<Rendition> ladder;
    private final Storyboard storyboard;
    private final Path outputDir;

    TranscodeCommand(
            TranscodeSettings settings,
            MediaProbe probe,
            List<Rendition> ladder,
            Storyboard storyboard,
            Path outputDir) {
        this.settings = settings;
        this.probe = probe;
        this.ladder = List.copyOf(ladder);
        this.storyboard = storyboard;
        this.outputDir = outputDir.toAbsolutePath();
    }

    /** The rendition the MP4 fallback is encoded like: the middle one, or the lower of two. */
    Rendition fallback() {
        return ladder.get(fallbackIndex());
    }

    int fallbackIndex() {
        return ladder.size() / 2;
    }

    int renditions() {
        return ladder.size();
    }

    List<String> arguments(Path source) {
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error", "-nostats", "-progress", "pipe:1"));
        args.addAll(FfmpegBinary.SAFE_INPUT_OPTIONS);
        args.addAll(List.of("-i", source.toAbsolutePath().toString()));
        args.addAll(List.of("-filter_complex", filterGraph(true, true)));
        args.addAll(ladderOutput(null));
        args.addAll(posterOutput());
        args.addAll(thumbnailOutput());
        return args;
    }

    /**
     * The run that continues kept segments: the ladder from segment {@code resume.segment()} on,
     * without the fallback, poster and thumbnails (those come from the whole source afterwards).
     * The picture is cut at the segment's keyframe instant, the sound where the kept sound ends (a
     * second input of the same file); the output timestamps continue the kept segments'.
     */
    List<String> resumedArguments(Path source, ResumePoint resume) {
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error", "-nostats", "-progress", "pipe:1"));
        args.addAll(FfmpegBinary.SAFE_INPUT_OPTIONS);
        args.addAll(List.of(
                "-ss",
                Long.toString(resume.startSeconds(settings)),
                "-i",
                source.toAbsolutePath().toString()));
        String graph = filterGraph(true, false);
        if (probe.hasAudio()) {
            args.addAll(FfmpegBinary.SAFE_INPUT_OPTIONS);
            args.addAll(List.of(
                    "-ss",
                    String.format(Locale.ROOT, "%.6f", resume.soundStartSeconds(settings)),
                    "-i",
                    source.toAbsolutePath().toString()));
            // the sound's timestamps count from the keyframe instant too, so they start below zero
            StringBuilder split = new StringBuilder(String.format(
                    Locale.ROOT, ";[1:a:0]asetpts=PTS-(%.9f)/TB,asplit=%d", resume.soundLeadSeconds(), ladder.size()));
            for (int i = 0; i < ladder.size(); i++) {
                split.append("[a").append(i).append(']');
            }
            graph += split;
        }
        args.addAll(List.of("-filter_complex", graph));
        args.addAll(ladderOutput(resume));
        return args;
    }

    /** The run that makes the poster and the thumbnails of a resumed transcode: decoding only. */
    List<String> pictureArguments(Path source) {
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error", "-nostats"));
        args.addAll(FfmpegBinary.SAFE_INPUT_OPTIONS);
        args.addAll(List.of("-i", source.toAbsolutePath().toString()));
        args.addAll(List.of("-filter_complex", filterGraph(false, true)));
        args.addAll(posterOutput());
        args.addAll(thumbnailOutput());
        return args;
    }

    /** The name of segment {@code index} of a rendition, as the HLS muxer writes it. */
    static String segmentName(int index) {
        return String.format(Locale.ROOT, SEGMENT_PATTERN, index);
    }

    /**
     * The run that tiles the thumbnails of the main run into the sprite. Apart from the main run: a
     * tile filter there emits only at the end, and while one of its outputs waits for its first
     * picture ffmpeg 4.4 prints no progress at all.
     */
    List<String> spriteArguments() {
        return List.of(
                "-y",
                "-v",
                "error",
                "-nostats",
                "-protocol_whitelist",
                "file",
                "-format_whitelist",
                "image2",
                "-f",
                "image2",
                "-i",
                outputDir.resolve(THUMBNAILS).resolve(THUMBNAIL_PATTERN).toString(),
                "-vf",
                storyboard.tileFilter(),
                "-frames:v",
                "1",
                "-q:v",
                "5",
                "-map_metadata",
                "-1",
                "-f",
                "image2",
                "-update",
                "1",
                outputDir.resolve(Storyboard.SPRITE).toString());
    }

    // decode once; each rendition is scaled from the next larger one (cheaper than from the source,
    // the same picture), the poster and the thumbnails from the source
    private String filterGraph(boolean renditions, boolean pictures) {
        StringBuilder graph = new StringBuilder("[0:v:0]split=")
                .append((renditions ? 1 : 0) + (pictures ? 2 : 0))
                .append(renditions ? "[c]" : "")
                .append(pictures ? "[sp][ss]" : "");
        for (int i = 0; renditions && i < ladder.size(); i++) {
            boolean last = i == ladder.size() - 1;
            graph.append(";[c").append(i == 0 ? "" : Integer.toString(i - 1)).append(']');
            graph.append(scale(ladder.get(i), VIDEO_PIXELS));
            graph.append(last ? "" : ",split=2").append("[v").append(i).append(']');
            graph.append(last ? "" : "[c" + i + "]");
        }
        if (!pictures) {
            return graph.toString();
        }
        // end_frame=1: the branch ends after the poster's frame instead of converting every later one
        graph.append(String.format(
                        Locale.ROOT, ";[sp]trim=start=%.3f,setpts=PTS-STARTPTS,trim=end_frame=1,", posterSeconds()))
                .append(scale(ladder.get(0), JPEG_PIXELS))
                .append("[vp]");
        graph.append(";[ss]").append(storyboard.thumbnailFilter()).append("[vs]");
        return graph.toString();
    }

    // setsar=1 keeps the pixels square at the size we chose
    private static String scale(Rendition r, String pixelFormat) {
        return "scale=" + r.width() + ":" + r.height() + ",setsar=1,format=" + pixelFormat;
    }

    // one tee output: every encoded packet goes to the HLS muxer, the middle rendition's also to the MP4
    // (not when resuming: the fallback is then joined from the segments)
    private List<String> ladderOutput(ResumePoint resume) {
        List<String> args = new ArrayList<>();
        StringJoiner streamMap = new StringJoiner(" ");
        for (int i = 0; i < ladder.size(); i++) {
            args.addAll(List.of("-map", "[v" + i + "]"));
            if (probe.hasAudio()) {
                args.addAll(List.of("-map", resume == null ? "0:a:0" : "[a" + i + "]"));
            }
            streamMap.add(streams(i));
        }
        args.addAll(h264());
        args.addAll(alignedKeyframes());
        for (int i = 0; i < ladder.size(); i++) {
            args.addAll(bitrate(":" + i, ladder.get(i)));
        }
        if (resume != null) {
            args.addAll(List.of("-output_ts_offset", String.format(Locale.ROOT, "%.6f", resume.offsetSeconds())));
        }
        // EVENT: ffmpeg rewrites the playlist (by a rename) after each segment, so the segments it
        // lists can be kept while it runs; Transcoder makes it VOD for players at the end
        String hls = teeSlave(
                outputDir.resolve("v%v/" + HlsPlaylists.PLAYLIST),
                "f",
                "hls",
                "hls_time",
                Integer.toString(settings.segmentSeconds()),
                "hls_playlist_type",
                "event",
                "hls_flags",
                "independent_segments",
                "start_number",
                Integer.toString(resume == null ? 0 : resume.segment()),
                "hls_segment_filename",
                outputDir.resolve("v%v/" + SEGMENT_PATTERN).toString(),
                "master_pl_name",
                MASTER,
                "var_stream_map",
                streamMap.toString());
        if (resume != null) {
            args.addAll(List.of("-f", "tee", hls));
            return args;
        }
        // the tee's mp4 muxer still moves the index to the front when it closes the file
        String mp4 = teeSlave(
                outputDir.resolve(FALLBACK),
                "f",
                "mp4",
                "movflags",
                "+faststart",
                "select",
                streams(ladder.indexOf(fallback())));
        args.addAll(List.of("-f", "tee", hls + "|" + mp4));
        return args;
    }

    // the stream specifiers of rendition i among the tee's streams (v0 a0 v1 a1 …)
    private String streams(int i) {
        return probe.hasAudio() ? "v:" + i + ",a:" + i : "v:" + i;
    }

    // [key=value:…]file, each value quoted for the tee's option parser (\' survives its outer
    // unescaping as '); the output folder holds none of the characters that would need more
    private static String teeSlave(Path file, String... options) {
        StringJoiner joined = new StringJoiner(":", "[", "]");
        for (int i = 0; i < options.length; i += 2) {
            joined.add(options[i] + "=\\'" + options[i + 1] + "\\'");
        }
        return joined + file.toString();
    }

    private List<String> posterOutput() {
        return List.of(
                "-map",
                "[vp]",
                "-frames:v",
                "1",
                "-q:v",
                "3",
                "-map_metadata",
                "-1",
                "-f",
                "image2",
                "-update",
                "1",
                outputDir.resolve(POSTER).toString());
    }

    // no more thumbnails than the sprite holds, whatever the real length
    private List<String> thumbnailOutput() {
        return List.of(
                "-map",
                "[vs]",
                "-frames:v",
                Integer.toString(storyboard.capacity()),
                "-q:v",
                "5",
                "-map_metadata",
                "-1",
                "-f",
                "image2",
                outputDir.resolve(THUMBNAILS).resolve(THUMBNAIL_PATTERN).toString());
    }

    // -map_metadata -1: phone videos carry the place they were shot; a minor's location stays private.
    // The service names are UTF-8 on purpose: a plain ASCII name makes the MPEG-TS demuxer of static
    // ffmpeg builds (ours included) call iconv for ISO 6937, which crashes them.
    private List<String> h264() {
        List<String> args = new ArrayList<>(List.of(
                "-map_metadata", "-1",
                "-map_chapters", "-1",
                "-metadata", "service_provider=伊金霍洛科普",
                "-metadata", "service_name=科普视频",
                "-c:v", "libx264",
                "-preset", settings.preset(),
                "-max_muxing_queue_size", "1024"));
        if (probe.hasAudio()) {
            args.addAll(List.of("-c:a", "aac", "-ac", "2", "-ar", "48000"));
        }
        return args;
    }

    // every rendition cuts a keyframe at the same instants, so players can switch at any segment
    private List<String> alignedKeyframes() {
        double fps = probe.frameRate() > 0 ? probe.frameRate() : FALLBACK_FRAME_RATE;
        String gop = Long.toString(Math.max(1, Math.round(fps * settings.segmentSeconds())));
        return List.of(
                "-g",
                gop,
                "-keyint_min",
                gop,
                "-sc_threshold",
                "0",
                "-force_key_frames",
                "expr:gte(t,n_forced*" + settings.segmentSeconds() + ")");
    }

    // an explicit bitrate is also what makes ffmpeg 4.4 write BANDWIDTH into the master playlist
    private static List<String> bitrate(String streamIndex, Rendition r) {
        int kbps = r.videoBitrateKbps();
        return List.of(
                "-b:v" + streamIndex, kbps + "k",
                "-maxrate:v" + streamIndex, Math.round(kbps * 1.07) + "k",
                "-bufsize:v" + streamIndex, Math.round(kbps * 1.5) + "k",
                "-b:a" + streamIndex, r.audioBitrateKbps() + "k");
    }

    private double posterSeconds() {
        Duration tenth = probe.duration().dividedBy(10);
        Duration at = tenth.compareTo(LATEST_POSTER_TIME) < 0 ? tenth : LATEST_POSTER_TIME;
        return at.toMillis() / 1000.0;
    }
}
