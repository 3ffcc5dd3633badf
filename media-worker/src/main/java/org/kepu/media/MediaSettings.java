package org.kepu.media;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The media worker of this process.
 *
 * @param workerEnabled whether this process transcodes (a scale-out portal leaves it to workers)
 * @param workDir where one job's source copy and outputs live until they are uploaded
 * @param timeout wall-clock limit of one ffmpeg run
 * @param preset libx264 preset
 * @param segmentSeconds HLS segment length
 * @param maxAttempts how often a transcode that fails for reasons other than the file is tried
 * @param retryDelay the first wait before a retry; it doubles with every further failure
 */
@ConfigurationProperties("kepu.media")
public record MediaSettings(
        @DefaultValue("true") boolean workerEnabled,
        Path workDir,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("veryfast") String preset,
        @DefaultValue("4") int segmentSeconds,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay) {

    public Path workDirOrTemp() {
        return workDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : workDir;
    }
}
