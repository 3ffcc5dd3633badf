package org.kepu.media.transcode;

import java.util.List;

/**
 * Where a resumed run starts: after the first {@code segment} segments of every rendition, which
 * were kept from an earlier run.
 *
 * @param segment how many segments each rendition has already; the run writes from this one on
 * @param offsetSeconds where the kept segments' timestamps end, where the run's must start
 * @param kept the kept segments, in order within each rendition
 */
record ResumePoint(int segment, double offsetSeconds, List<HlsSegment> kept) {

    ResumePoint {
        kept = List.copyOf(kept);
    }

    /** The source instant of the first segment to write: every segment starts on a forced keyframe. */
    long startSeconds(TranscodeSettings settings) {
        return (long) segment * settings.segmentSeconds();
    }

    List<HlsSegment> keptOf(int rendition) {
        return kept.stream().filter(s -> s.rendition() == rendition).toList();
    }
}
