package org.kepu.media.transcode;

import java.util.List;

/**
 * Where a resumed run starts: after the first {@code segment} segments of every rendition, which
 * were kept from an earlier run.
 *
 * @param segment how many segments each rendition has already; the run writes from this one on
 * @param offsetSeconds where the kept segments' video ends (its timestamps), where the run's starts
 * @param soundEndSeconds where the kept segments' sound ends, {@link Double#NaN} without sound
 * @param kept the kept segments, in order within each rendition
 */
record ResumePoint(int segment, double offsetSeconds, double soundEndSeconds, List<HlsSegment> kept) {

    // the AAC encoder's priming: a fresh encoder's first frame (1024 samples at 48 kHz) holds no input
    static final double PRIMING_SECONDS = 1024 / 48000.0;

    ResumePoint {
        kept = List.copyOf(kept);
    }

    /** The source instant of the first segment to write: every segment starts on a forced keyframe. */
    long startSeconds(TranscodeSettings settings) {
        return (long) segment * settings.segmentSeconds();
    }

    /**
     * How long before the keyframe instant the run's sound starts, in seconds of the source. The
     * muxer cut the kept sound before the keyframe (by up to the video's reorder delay); the run's
     * sound goes on from there. Its first frame is the encoder's priming, so it starts one frame
     * later: the priming frame then fills the slot after the kept sound instead of overlapping it.
     */
    double soundLeadSeconds() {
        return offsetSeconds - soundEndSeconds - PRIMING_SECONDS;
    }

    /** The source instant the run's sound starts at. */
    double soundStartSeconds(TranscodeSettings settings) {
        return startSeconds(settings) - soundLeadSeconds();
    }

    List<HlsSegment> keptOf(int rendition) {
        return kept.stream().filter(s -> s.rendition() == rendition).toList();
    }
}
