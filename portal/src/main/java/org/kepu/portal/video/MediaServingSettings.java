package org.kepu.portal.video;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How media reach players.
 *
 * @param presignedRedirect with an S3 store, answer media requests with a redirect to a presigned
 *     URL, so the bytes flow from the bucket instead of through the portal
 * @param presignedTtl how long such a URL stays valid
 */
@ConfigurationProperties("kepu.media-serving")
record MediaServingSettings(
        @DefaultValue("false") boolean presignedRedirect,
        @DefaultValue("1h") Duration presignedTtl) {}
