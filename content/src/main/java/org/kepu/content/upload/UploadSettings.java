package org.kepu.content.upload;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Resumable uploads.
 *
 * @param maxSize the largest single upload
 * @param quotaPerUser the bytes one account may have uploaded in all (finished or not)
 * @param allowedExtensions file name endings accepted at creation (the content is checked at the end)
 * @param expiry how long an unfinished upload may rest before it is thrown away
 * @param browserChunkSize how much the upload page sends per request: large enough to be fast,
 *     small enough that a dropped connection on a rural line loses little
 */
@ConfigurationProperties("kepu.uploads")
public record UploadSettings(
        @DefaultValue("2GB") DataSize maxSize,
        @DefaultValue("10GB") DataSize quotaPerUser,

        @DefaultValue({"mp4", "mov", "m4v", "mkv", "webm", "avi", "flv", "3gp"})
        List<String> allowedExtensions,

        @DefaultValue("24h") Duration expiry,
        @DefaultValue("8MB") DataSize browserChunkSize) {}
