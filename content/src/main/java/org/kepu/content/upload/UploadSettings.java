package org.kepu.content.upload;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Resumable uploads.
 *
 * @param maxSize the largest single upload
 * @param quotaPerUser the bytes one account may have uploaded in all (finished or not)
 * @param allowedExtensions file name endings accepted at creation (the content is checked at the end)
 * @param expiry how long an unfinished upload may rest before it is thrown away
 * @param browserChunkSize how much the upload page sends per request: large enough to be fast,
 *     small enough that a dropped connection on a rural line loses little
 * @param patchDeadline the longest one PATCH may send; then the server ends it, keeps what arrived
 *     and the client continues with the next PATCH (a whole 2 GB file in one PATCH is fine)
 * @param patchMinRate the slowest average rate per second a PATCH may send after {@code patchRateGrace};
 *     a slower one is ended the same way (a dribbling client holds no connection for long)
 * @param patchRateGrace how long a PATCH may start slowly before its rate counts
 * @param patchesPerAccount how many PATCHes one account may have running at once, on all portals
 * @param unfinishedPerAccount how many unfinished uploads one account may hold at once
 */
@Validated
@ConfigurationProperties("kepu.uploads")
public record UploadSettings(
        @DefaultValue("2GB") DataSize maxSize,
        @DefaultValue("10GB") DataSize quotaPerUser,

        @DefaultValue({"mp4", "mov", "m4v", "mkv", "webm", "avi", "flv", "3gp"})
        List<String> allowedExtensions,

        @DefaultValue("24h") Duration expiry,
        @DefaultValue("8MB") DataSize browserChunkSize,
        @DefaultValue("5m") Duration patchDeadline,
        @DefaultValue("2KB") DataSize patchMinRate,
        @DefaultValue("30s") Duration patchRateGrace,
        @DefaultValue("4") @Positive int patchesPerAccount,
        @DefaultValue("10") @Positive int unfinishedPerAccount) {}
