package org.kepu.content.video;

import java.util.List;

/**
 * A video whose source file is already in the blob store under {@code sourceKey}.
 *
 * @param publish whether it goes public as soon as it is transcoded
 */
public record NewVideo(
        String title,
        String summary,
        Long columnId,
        String townCode,
        List<String> audienceCodes,
        Long ownerId,
        String sourceKey,
        boolean publish) {

    public NewVideo {
        audienceCodes = audienceCodes == null ? List.of() : List.copyOf(audienceCodes);
    }
}
