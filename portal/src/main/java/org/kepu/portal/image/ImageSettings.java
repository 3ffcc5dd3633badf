package org.kepu.portal.image;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on uploaded images (article images and covers, contest entry covers), which are decoded on
 * the server and so can cost far more memory and CPU than their file size.
 *
 * @param maxPixels the largest width × height accepted, read from the file's header before any
 *     pixel is decoded (a 50-megapixel phone photo passes)
 * @param maxDecodedSize the most memory one decoded raster may take; images are read subsampled
 *     towards the largest stored width, more coarsely when needed to stay within this
 * @param concurrentDecodes how many images this portal decodes at a time
 * @param decodeWait how long an upload waits for a decode slot before it is answered "busy, try
 *     again" (503)
 * @param uploadsPerAccount images one account may upload per {@code uploadPeriod} (429 beyond)
 * @param uploadPeriod the period of {@code uploadsPerAccount}
 */
@Validated
@ConfigurationProperties("kepu.images")
public record ImageSettings(
        @DefaultValue("50000000") @Min(1) long maxPixels,
        @DefaultValue("64MB") DataSize maxDecodedSize,
        @DefaultValue("2") @Min(1) int concurrentDecodes,
        @DefaultValue("3s") Duration decodeWait,
        @DefaultValue("60") @Min(1) int uploadsPerAccount,
        @DefaultValue("10m") Duration uploadPeriod) {}
