package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscodeProgressTests {

    private static final FfmpegBinary FFMPEG = FfmpegBinary.bundled();

    @TempDir
    Path work;

    @Test
    void progressMovesWhileAThirtySecondClipIsTranscoded() {
        Path clip = new SampleVideos(FFMPEG).generate(work.resolve("lesson.mp4"), 854, 480, Duration.ofSeconds(30));
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
        Transcoder transcoder =
                new Transcoder(FFMPEG, new MediaProber(FFMPEG), new LadderPlanner(), TranscodeSettings.defaults());

        transcoder.transcode(clip, work.resolve("out"), progress::add);
        System.out.println("progress of a 30 s 854x480 clip: " + progress);

        // not 0 for the whole run and then a jump to the end (issue 18)
        assertThat(progress).isSorted().doesNotHaveDuplicates().startsWith(0).endsWith(100);
        assertThat(progress).filteredOn(percent -> percent > 0 && percent < 100).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void reportsAtMostOnePercentageASecondBetweenTheFirstAndTheLast() {
        AtomicLong nanos = new AtomicLong();
        List<Integer> progress = new ArrayList<>();
        ProgressTracker tracker = new ProgressTracker(Duration.ofSeconds(10), progress::add, nanos::get);

        tracker.start();
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        tracker.onLine("out_time_us=1000000");
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        tracker.onLine("out_time_us=2000000");
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        tracker.onLine("out_time_us=3000000");
        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        tracker.onLine("out_time_us=N/A");
        tracker.onLine("out_time_us=4000000");
        tracker.finish();

        assertThat(progress).containsExactly(0, 20, 40, 100);
    }
}
