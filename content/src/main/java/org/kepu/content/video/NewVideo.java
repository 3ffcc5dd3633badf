package org.kepu.content.video;

import java.util.List;

/**
 * A video whose source file is already in the blob store under {@code sourceKey}.
 *
 * @param route how it starts its editorial life
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
        VideoRoute route,
        VideoLimits limits) {

    public NewVideo {
        audienceCodes = audienceCodes == null ? List.of() : List.copyOf(audienceCodes);
        limits = limits == null ? VideoLimits.NONE : limits;
        route = route == null ? VideoRoute.REVIEW : route;
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
            VideoRoute route) {
        this(title, summary, columnId, townCode, audienceCodes, ownerId, sourceKey, route, VideoLimits.NONE);
    }
}
