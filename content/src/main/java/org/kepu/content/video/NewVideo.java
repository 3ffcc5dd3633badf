package org.kepu.content.video;

import java.util.List;

/**
 * A video whose source file is already in the blob store under {@code sourceKey}.
 *
 * @param route how it starts its editorial life
 * @param limits narrower limits the worker checks after probing
 * @param titleMn the title in traditional Mongolian, empty for none
 * @param summaryMn the summary in traditional Mongolian, empty for none
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
        VideoLimits limits,
        String titleMn,
        String summaryMn) {

    public NewVideo {
        titleMn = titleMn == null ? "" : titleMn.strip();
        summaryMn = summaryMn == null ? "" : summaryMn.strip();
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

    /** A video with narrower limits, in Chinese only. */
    public NewVideo(
            String title,
            String summary,
            Long columnId,
            String townCode,
            List<String> audienceCodes,
            Long ownerId,
            String sourceKey,
            VideoRoute route,
            VideoLimits limits) {
        this(title, summary, columnId, townCode, audienceCodes, ownerId, sourceKey, route, limits, "", "");
    }

    /** The same video with a Mongolian title and summary. */
    public NewVideo withMongolian(String newTitleMn, String newSummaryMn) {
        return new NewVideo(
                title,
                summary,
                columnId,
                townCode,
                audienceCodes,
                ownerId,
                sourceKey,
                route,
                limits,
                newTitleMn,
                newSummaryMn);
    }
}
