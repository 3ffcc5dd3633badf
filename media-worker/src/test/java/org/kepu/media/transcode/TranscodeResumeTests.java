package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transcode stopped after some segments were kept continues from them instead of from zero. */
class TranscodeResumeTests {

    private static final FfmpegBinary FFMPEG = FfmpegBinary.bundled();
    private static final Duration LENGTH = Duration.ofSeconds(24);
    private static final int SEGMENTS = 6;
    private static final int RENDITIONS = 2;

    @TempDir
    static Path samples;

    @TempDir
    Path work;

    private static Path clip;

    private final Transcoder transcoder = new Transcoder(
            FFMPEG,
            new MediaProber(FFMPEG),
            new LadderPlanner(),
            // often, so that the first run stops right after two segments, however fast this machine is
            TranscodeSettings.defaults().withCheckpointInterval(Duration.ofMillis(100)));

    @BeforeAll
    static void generateClip() {
        clip = new SampleVideos(FFMPEG).generate(samples.resolve("lesson.mp4"), 640, 360, LENGTH);
    }

    @Test
    void aStoppedTranscodeContinuesAfterTheKeptSegments() throws IOException {
        FolderKeeper keeper = new FolderKeeper(work.resolve("kept"), 2, Thread.currentThread());
        Path out = work.resolve("out");

        assertThatThrownBy(() -> transcoder.transcode(clip, out, p -> {}, transcoder.rules(), keeper))
                .isInstanceOf(TranscodeFailed.class);
        Thread.interrupted();
        int kept = keeper.keptPerRendition();
        assertThat(kept).isBetween(2, SEGMENTS - 1);

        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
        keeper.stopAfter = Integer.MAX_VALUE;
        TranscodeResult result = transcoder.transcode(clip, out, progress::add, transcoder.rules(), keeper);
        System.out.println("resumed after " + kept + " of " + SEGMENTS + " segments, progress " + progress);

        // it resumed: the kept segments are the output's, and progress never went back to 0
        for (int r = 0; r < RENDITIONS; r++) {
            for (int i = 0; i < kept; i++) {
                String name = TranscodeCommand.segmentName(i);
                assertThat(Files.readAllBytes(out.resolve("v" + r).resolve(name)))
                        .as("v%d/%s", r, name)
                        .isEqualTo(Files.readAllBytes(
                                keeper.folder.resolve("v" + r).resolve(name)));
            }
        }
        assertThat(progress.get(0)).isGreaterThanOrEqualTo(kept * 100 / SEGMENTS);
        // picture and sound go on where the kept ones end: no overlap, no gap (beyond rounding)
        Path lastKept = out.resolve("v0").resolve(TranscodeCommand.segmentName(kept - 1));
        Path firstNew = out.resolve("v0").resolve(TranscodeCommand.segmentName(kept));
        for (int stream = 0; stream < 2; stream++) {
            assertThat(packetTimes(firstNew, stream).get(0))
                    .as("stream %d at the seam", stream)
                    .isCloseTo(FrameCrc.endSeconds(packetList(lastKept), stream, 0.04), within(0.001));
        }
        assertThat(progress).isSorted().endsWith(100);
        // the playlists are VOD over all segments again, as a run from zero writes them
        for (int r = 0; r < RENDITIONS; r++) {
            List<String> playlist = Files.readAllLines(out.resolve("v" + r + "/index.m3u8"));
            assertThat(playlist).contains("#EXT-X-PLAYLIST-TYPE:VOD", "#EXT-X-MEDIA-SEQUENCE:0", "#EXT-X-ENDLIST");
            assertThat(playlist).filteredOn(l -> l.startsWith("seg_")).hasSize(SEGMENTS);
        }
        assertPlaysLikeTheSource(result.masterPlaylist(), out.resolve("v0/index.m3u8"), out.resolve("v1/index.m3u8"));
        assertPlaysLikeTheSource(result.mp4Fallback());
        assertThat(new MediaProber(FFMPEG).probe(result.mp4Fallback()).width()).isEqualTo(426);
        assertThat(Files.readAllBytes(result.poster())).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(Files.size(result.storyboardSprite())).isPositive();
        assertThat(out.resolve(TranscodeCommand.THUMBNAILS)).doesNotExist();
    }

    @Test
    void aSilentVideoContinuesToo() throws IOException {
        Path silent = new SampleVideos(FFMPEG)
                .generate(work.resolve("silent.mp4"), 320, 240, Duration.ofSeconds(20), OptionalInt.empty());
        FolderKeeper keeper = new FolderKeeper(work.resolve("kept"), 2, Thread.currentThread());
        Path out = work.resolve("out");
        assertThatThrownBy(() -> transcoder.transcode(silent, out, p -> {}, transcoder.rules(), keeper))
                .isInstanceOf(TranscodeFailed.class);
        Thread.interrupted();
        int kept = keeper.keptPerRendition();
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

        TranscodeResult result = transcoder.transcode(silent, out, progress::add, transcoder.rules(), keeper);

        assertThat(kept).isBetween(2, 4);
        assertThat(progress.get(0)).isGreaterThanOrEqualTo(kept * 100 / 5);
        double length = decodedSeconds(silent);
        for (Path file : List.of(out.resolve("v0/index.m3u8"), out.resolve("v1/index.m3u8"), result.mp4Fallback())) {
            assertThat(decodedSeconds(file)).as("length of " + file).isCloseTo(length, within(0.1));
        }
    }

    @Test
    void theResumedMasterPlaylistIsTheFullRunsOne() throws IOException {
        FolderKeeper keeper = new FolderKeeper(work.resolve("kept"), 2, Thread.currentThread());
        Path resumed = work.resolve("resumed");
        assertThatThrownBy(() -> transcoder.transcode(clip, resumed, p -> {}, transcoder.rules(), keeper))
                .isInstanceOf(TranscodeFailed.class);
        Thread.interrupted();
        keeper.stopAfter = Integer.MAX_VALUE;

        transcoder.transcode(clip, resumed, p -> {}, transcoder.rules(), keeper);
        TranscodeResult full = transcoder.transcode(clip, work.resolve("full"), p -> {});

        assertThat(Files.readString(resumed.resolve(TranscodeCommand.MASTER)))
                .isEqualTo(Files.readString(full.masterPlaylist()));
        for (int r = 0; r < RENDITIONS; r++) {
            assertThat(Files.readString(resumed.resolve("v" + r + "/index.m3u8")))
                    .isEqualTo(Files.readString(full.masterPlaylist().resolveSibling("v" + r + "/index.m3u8")));
        }
    }

    @Test
    void segmentsThatDoNotFitStartTheRunFromZero() throws IOException {
        FolderKeeper keeper = new FolderKeeper(work.resolve("kept"), 2, Thread.currentThread());
        Path out = work.resolve("out");
        assertThatThrownBy(() -> transcoder.transcode(clip, out, p -> {}, transcoder.rules(), keeper))
                .isInstanceOf(TranscodeFailed.class);
        Thread.interrupted();
        keeper.stopAfter = Integer.MAX_VALUE;
        keeper.dropLastOf(1);
        keeper.evenOut = false; // hands back a rendition short of a segment: nothing to continue evenly
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

        TranscodeResult result = transcoder.transcode(clip, out, progress::add, transcoder.rules(), keeper);

        assertThat(progress).startsWith(0).endsWith(100);
        assertPlaysLikeTheSource(result.masterPlaylist(), result.mp4Fallback());
    }

    private static void assertPlaysLikeTheSource(Path... files) {
        double source = decodedSeconds(clip);
        for (Path file : files) {
            assertThat(decodedSeconds(file)).as("length of " + file).isCloseTo(source, within(0.1));
        }
    }

    // presentation times of a segment's packets of one stream, in decoding order
    private static List<Double> packetTimes(Path segment, int stream) {
        List<String> lines = packetList(segment);
        return lines.stream()
                .filter(l -> l.startsWith(stream + ","))
                .map(l -> Long.parseLong(l.split(",")[2].strip()) / 90_000.0)
                .sorted()
                .toList();
    }

    private static List<String> packetList(Path segment) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<String> args = List.of(
                "-v",
                "error",
                "-i",
                segment.toString(),
                "-copyts",
                "-map",
                "0:v:0",
                "-map",
                "0:a:0",
                "-c",
                "copy",
                "-f",
                "framecrc",
                "-");
        FfmpegRun.Outcome listed = new FfmpegRun(FFMPEG.command(args), Duration.ofSeconds(30), 20).run(lines::add);
        assertThat(listed.exitCode()).isZero();
        return lines;
    }

    private static org.assertj.core.data.Offset<Double> within(double seconds) {
        return org.assertj.core.data.Offset.offset(seconds);
    }

    // decodes every stream with each ffmpeg at hand: no error line, and how far the timestamps reach
    private static double decodedSeconds(Path file) {
        double seconds = 0;
        for (FfmpegBinary player : TestSources.binaries()) {
            List<String> progress = Collections.synchronizedList(new ArrayList<>());
            List<String> args = List.of(
                    "-v",
                    "error",
                    "-nostats",
                    "-i",
                    file.toString(),
                    "-map",
                    "0",
                    "-f",
                    "null",
                    "-progress",
                    "pipe:1",
                    "-");
            FfmpegRun.Outcome decoded =
                    new FfmpegRun(player.command(args), Duration.ofSeconds(60), 20).run(progress::add);
            assertThat(decoded.exitCode())
                    .as(player.executable() + " decoding " + file)
                    .isZero();
            assertThat(decoded.stderr())
                    .as(player.executable() + " errors decoding " + file)
                    .isEmpty();
            seconds = progress.stream()
                            .filter(l -> l.startsWith("out_time_us=") && l.matches("out_time_us=\\d+"))
                            .mapToLong(l -> Long.parseLong(l.substring("out_time_us=".length())))
                            .max()
                            .orElseThrow()
                    / 1e6;
        }
        return seconds;
    }

    /** Keeps segments in a folder, and stops the run (interrupts it) once each rendition has enough. */
    static final class FolderKeeper implements SegmentKeeper {

        final Path folder;
        final Thread running;
        private final int renditions;
        volatile int stopAfter;
        volatile boolean evenOut = true;
        private final List<HlsSegment> kept = Collections.synchronizedList(new ArrayList<>());

        FolderKeeper(Path folder, int stopAfter, Thread running) {
            this(folder, stopAfter, running, RENDITIONS);
        }

        FolderKeeper(Path folder, int stopAfter, Thread running, int renditions) {
            this.renditions = renditions;
            this.folder = folder;
            this.stopAfter = stopAfter;
            this.running = running;
        }

        @Override
        public List<HlsSegment> restore(TranscodePlan plan, Path outputDir) {
            int each = keptPerRendition();
            List<HlsSegment> restored = new ArrayList<>();
            for (HlsSegment s : List.copyOf(kept)) {
                copy(folder, outputDir, s);
                restored.add(s);
            }
            return evenOut ? restored.stream().filter(s -> index(s) < each).toList() : restored;
        }

        @Override
        public void complete(Path outputDir, List<HlsSegment> segments) {
            for (HlsSegment s : segments) {
                if (!kept.contains(s)) {
                    copy(outputDir, folder, s);
                    kept.add(s);
                }
            }
            if (keptPerRendition() >= stopAfter) {
                stopAfter = Integer.MAX_VALUE; // once: a late look must not interrupt what runs next
                running.interrupt();
            }
        }

        int keptPerRendition() {
            int least = Integer.MAX_VALUE;
            for (int r = 0; r < renditions; r++) {
                int rendition = r;
                least = (int) Math.min(
                        least,
                        kept.stream().filter(s -> s.rendition() == rendition).count());
            }
            return least;
        }

        void dropLastOf(int rendition) {
            kept.remove(kept.stream()
                    .filter(s -> s.rendition() == rendition)
                    .reduce((a, b) -> b)
                    .orElseThrow());
        }

        private static int index(HlsSegment s) {
            return Integer.parseInt(s.name().replaceAll("\\D", ""));
        }

        private static void copy(Path from, Path to, HlsSegment s) {
            try {
                Path target = to.resolve("v" + s.rendition()).resolve(s.name());
                Files.createDirectories(target.getParent());
                Files.copy(
                        from.resolve("v" + s.rendition()).resolve(s.name()),
                        target,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
