package org.kepu.media.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the segments ffmpeg's playlists list to a {@link SegmentKeeper} while ffmpeg runs. On a
 * thread of its own: keeping may upload to slow storage, which must not hold up ffmpeg's limits.
 */
final class SegmentWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SegmentWatcher.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path outputDir;
    private final int renditions;
    private final List<HlsSegment> restored;
    private final SegmentKeeper keeper;
    private final ScheduledExecutorService thread;
    private int handedOver;

    private SegmentWatcher(Path outputDir, int renditions, List<HlsSegment> restored, SegmentKeeper keeper) {
        this.outputDir = outputDir;
        this.renditions = renditions;
        this.restored = List.copyOf(restored);
        this.keeper = keeper;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segment-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching the playlists of {@code renditions} renditions; {@code restored} segments (a
     * resumed run's playlists list only its own) are handed over with them.
     */
    static SegmentWatcher start(
            Path outputDir, int renditions, List<HlsSegment> restored, SegmentKeeper keeper, Duration interval) {
        SegmentWatcher watcher = new SegmentWatcher(outputDir, renditions, restored, keeper);
        long millis = interval.toMillis();
        watcher.thread.scheduleWithFixedDelay(watcher::look, millis, millis, TimeUnit.MILLISECONDS);
        return watcher;
    }

    // a keeper that fails (storage down) costs a resume point, never the transcode
    private void look() {
        try {
            List<HlsSegment> listed = new ArrayList<>(restored);
            for (int r = 0; r < renditions; r++) {
                listed.addAll(HlsPlaylists.listed(outputDir, r));
            }
            if (listed.size() > Math.max(handedOver, restored.size())) {
                keeper.complete(outputDir, listed);
                handedOver = listed.size();
            }
        } catch (RuntimeException e) {
            log.warn("Cannot keep the complete segments of {}; a later run may start from zero", outputDir, e);
        }
    }

    /** Stops watching; a look that is uploading is waited for, so no keeping outlives the run. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
