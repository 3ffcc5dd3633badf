package org.kepu.content.video;

import java.util.List;

/**
 * A video whose source file is already in the blob store under {@code sourceKey}.
 *
 * @param publish whether it goes public as soon as it is transcoded
 * @param limits narrower limits the worker checks after probing
 */
public record NewVideo(
        String title,
        String summary,
        Long columnId,
        String townCode,
        List<String> audienceCodes,
        Long ownerId,
        String sourceKey,
        boolean publish,
        VideoLimits limits) {

    public NewVideo {
        audienceCodes = audienceCodes == null ? List.of() : List.copyOf(audienceCodes);
        limits = limits == null ? VideoLimits.NONE : limits;
    }

    /** A video with the platform's limits. */
    public NewVideo(
            String title,
            String summary,
            Long columnId,
            String townCode,
            List<String> audienceCodes,
            Long ownerId,
            String sourceKey,
            boolean publish) {
        this(title, summary, columnId, townCode, audienceCodes, ownerId, sourceKey, publish, VideoLimits.NONE);
    }
}
