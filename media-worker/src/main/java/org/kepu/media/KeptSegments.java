package org.kepu.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kepu.media.SegmentCheckpoints.Checkpoint;
import org.kepu.media.SegmentCheckpoints.Segment;
import org.kepu.media.transcode.HlsSegment;
import org.kepu.media.transcode.SegmentKeeper;
import org.kepu.media.transcode.TranscodePlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The segments of one video's transcode, kept in the blob store ({@link SegmentCheckpoints}) while
 * ffmpeg runs and given back to the next run of the same source and plan, on any worker.
 */
final class KeptSegments implements SegmentKeeper {

    private static final Logger log = LoggerFactory.getLogger(KeptSegments.class);

    private final SegmentCheckpoints checkpoints;
    private final long videoId;
    private final String sourceIdentity;
    private String plan;
    private Checkpoint kept;

    /**
     * @param sourceIdentity what tells this source from another: its blob key and size
     */
    KeptSegments(SegmentCheckpoints checkpoints, long videoId, String sourceIdentity) {
        this.checkpoints = checkpoints;
        this.videoId = videoId;
        this.sourceIdentity = sourceIdentity;
    }

    @Override
    public synchronized List<HlsSegment> restore(TranscodePlan transcodePlan, Path outputDir) {
        plan = SegmentCheckpoints.planKey(sourceIdentity, transcodePlan.description());
        kept = null;
        Checkpoint found = restored(outputDir).orElse(null);
        // one segment is always encoded again: a run that writes nothing is no run
        int from = found == null ? 0 : Math.min(found.keptPerRendition(), transcodePlan.segments() - 1);
        if (from < 1) {
            return List.of();
        }
        log.info(
                "Resuming video {} from segment {} of {} (kept in the blob store)",
                videoId,
                from,
                transcodePlan.segments());
        // segments past the resume point are written again; the manifest forgets the old ones
        List<Segment> continued = found.segments().stream()
                .filter(s -> s.rendition() < transcodePlan.renditions() && indexIn(found, s) < from)
                .toList();
        kept = new Checkpoint(plan, continued);
        return continued.stream()
                .map(s -> new HlsSegment(s.rendition(), s.name(), s.seconds()))
                .toList();
    }

    // storage trouble costs the resume, not the transcode
    private Optional<Checkpoint> restored(Path outputDir) {
        try {
            return checkpoints.restore(videoId, plan, outputDir);
        } catch (RuntimeException e) {
            log.warn("Cannot read the kept segments of video {}; transcoding it from the start", videoId, e);
            return Optional.empty();
        }
    }

    @Override
    public synchronized void complete(Path outputDir, List<HlsSegment> segments) {
        List<Segment> listed = segments.stream()
                .map(s -> new Segment(s.rendition(), s.name(), s.seconds(), 0, ""))
                .toList();
        try {
            kept = checkpoints.keep(videoId, plan, outputDir, listed, kept);
        } catch (RuntimeException e) {
            // the transcode goes on; only a later resume loses these segments
            log.warn("Cannot keep the segments of video {} in the blob store", videoId, e);
        }
    }

    // the position of s among the segments of its rendition
    private static int indexIn(Checkpoint checkpoint, Segment s) {
        return checkpoint.segments().stream()
                .filter(o -> o.rendition() == s.rendition())
                .toList()
                .indexOf(s);
    }
}
