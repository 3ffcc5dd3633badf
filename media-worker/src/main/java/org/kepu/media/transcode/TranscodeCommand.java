package org.kepu.media.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The arguments of the one ffmpeg run that decodes the source once and writes the HLS ladder, the
 * MP4 fallback, the poster and the storyboard sprite.
 */
final class TranscodeCommand {

    static final String MASTER = "master.m3u8";
    static final String FALLBACK = "fallback.mp4";
    static final String POSTER = "poster.jpg";

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
        return ladder.get(ladder.size() / 2);
    }

    List<String> arguments(Path source) {
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error", "-nostats", "-progress", "pipe:1"));
        args.addAll(FfmpegBinary.SAFE_INPUT_OPTIONS);
        args.addAll(List.of("-i", source.toAbsolutePath().toString()));
        args.addAll(List.of("-filter_complex", filterGraph()));
        args.addAll(hlsOutput());
        args.addAll(fallbackOutput());
        args.addAll(posterOutput());
        args.addAll(spriteOutput());
        return args;
    }

    // decode once, split the picture: one branch per rendition, one each for the fallback, the poster
    // and the storyboard sprite
    private String filterGraph() {
        StringBuilder graph = new StringBuilder("[0:v:0]split=" + (ladder.size() + 3));
        for (int i = 0; i < ladder.size(); i++) {
            graph.append("[s").append(i).append(']');
        }
        graph.append("[sf][sp][ss]");
        for (int i = 0; i < ladder.size(); i++) {
            graph.append(";[s").append(i).append(']').append(scale(ladder.get(i), VIDEO_PIXELS));
            graph.append("[v").append(i).append(']');
        }
        graph.append(";[sf]").append(scale(fallback(), VIDEO_PIXELS)).append("[vf]");
        graph.append(String.format(Locale.ROOT, ";[sp]trim=start=%.3f,setpts=PTS-STARTPTS,", posterSeconds()))
                .append(scale(ladder.get(0), JPEG_PIXELS))
                .append("[vp]");
        graph.append(";[ss]").append(storyboard.filter()).append("[vs]");
        return graph.toString();
    }

    // setsar=1 keeps the pixels square at the size we chose
    private static String scale(Rendition r, String pixelFormat) {
        return "scale=" + r.width() + ":" + r.height() + ",setsar=1,format=" + pixelFormat;
    }

    private List<String> hlsOutput() {
        List<String> args = new ArrayList<>();
        StringJoiner streamMap = new StringJoiner(" ");
        for (int i = 0; i < ladder.size(); i++) {
            args.addAll(List.of("-map", "[v" + i + "]"));
            if (probe.hasAudio()) {
                args.addAll(List.of("-map", "0:a:0"));
            }
            streamMap.add(probe.hasAudio() ? "v:" + i + ",a:" + i : "v:" + i);
        }
        args.addAll(h264());
        args.addAll(alignedKeyframes());
        for (int i = 0; i < ladder.size(); i++) {
            args.addAll(bitrate(":" + i, ladder.get(i)));
        }
        args.addAll(List.of(
                "-f",
                "hls",
                "-hls_time",
                Integer.toString(settings.segmentSeconds()),
                "-hls_playlist_type",
                "vod",
                "-hls_flags",
                "independent_segments",
                "-hls_segment_filename",
                outputDir.resolve("v%v/seg_%03d.ts").toString(),
                "-master_pl_name",
                MASTER,
                "-var_stream_map",
                streamMap.toString(),
                outputDir.resolve("v%v/index.m3u8").toString()));
        return args;
    }

    private List<String> fallbackOutput() {
        List<String> args = new ArrayList<>(List.of("-map", "[vf]"));
        if (probe.hasAudio()) {
            args.addAll(List.of("-map", "0:a:0"));
        }
        args.addAll(h264());
        args.addAll(bitrate("", fallback()));
        args.addAll(
                List.of("-movflags", "+faststart", outputDir.resolve(FALLBACK).toString()));
        return args;
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

    // one sprite: a video longer than planned would start a second one, which is dropped
    private List<String> spriteOutput() {
        return List.of(
                "-map",
                "[vs]",
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
