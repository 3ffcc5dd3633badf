package org.kepu.media.transcode;

import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the complete segments of a running transcode somewhere that outlives the worker, and gives
 * them back to a later run of the same plan, which then encodes only what follows them.
 */
public interface SegmentKeeper {

    /** Keeps nothing: every run starts from the beginning. */
    SegmentKeeper NONE = new SegmentKeeper() {
        @Override
        public List<HlsSegment> restore(TranscodePlan plan, Path outputDir) {
            return List.of();
        }

        @Override
        public void complete(Path outputDir, List<HlsSegment> segments) {}
    };

    /**
     * Called once before ffmpeg starts: puts the segments kept for {@code plan} into
     * {@code outputDir} ({@code v<r>/<name>}) and answers them, the same first ones of every
     * rendition. Empty when there is nothing to resume from; the run then starts from zero.
     */
    List<HlsSegment> restore(TranscodePlan plan, Path outputDir);

    /**
     * Called about every {@link TranscodeSettings#checkpointInterval()} while ffmpeg runs, on a thread
     * of its own, with every segment the playlists list so far (each complete, restored ones
     * included). A failure here is logged and never stops the transcode.
     */
    void complete(Path outputDir, List<HlsSegment> segments);
}
