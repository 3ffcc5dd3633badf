package org.kepu.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.kepu.media.transcode.FfmpegSandbox;
import org.kepu.media.transcode.MediaRules;
import org.kepu.media.transcode.TranscodeSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The media worker of this process and the rules uploaded videos must keep.
 *
 * @param workerEnabled whether this process transcodes (a scale-out portal leaves it to workers)
 * @param workDir where one job's source copy and outputs live until they are uploaded
 * @param timeout wall-clock limit of one ffmpeg run
 * @param preset libx264 preset
 * @param segmentSeconds HLS segment length
 * @param maxAttempts how often a transcode that fails for reasons other than the file is tried
 * @param retryDelay the first wait before a retry; it doubles with every further failure
 * @param maxFileSize the largest source accepted
 * @param minDuration the shortest video accepted
 * @param maxDuration the longest video accepted
 * @param minShortSide the smallest short side of the picture, in pixels
 * @param maxLongSide the largest long side of the picture, in pixels
 * @param maxPixels the largest picture area, in pixels
 * @param maxFrameRate the highest frame rate accepted
 * @param videoCodecs the video codecs whose decoders may see uploaded bytes
 * @param maxOutputSize the most one transcode may write before it is stopped
 * @param ffmpegPath the ffmpeg binary; unset, the one JAVE2 bundles (4.4.1, for machines with only
 *     a JDK); production uses the distribution's security-maintained {@code /usr/bin/ffmpeg}
 * @param maxCpuTime CPU time one ffmpeg run may use, all threads together (kernel limit)
 * @param maxMemory virtual memory (address space) of one ffmpeg run (kernel limit)
 * @param maxOutputFileSize the largest single file one ffmpeg run may write (kernel limit)
 * @param checkpointInterval how often a running transcode's finished segments are kept in the blob
 *     store, so that a worker taking the job over resumes after them
 */
@ConfigurationProperties("kepu.media")
public record MediaSettings(
        @DefaultValue("true") boolean workerEnabled,
        Path workDir,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("veryfast") String preset,
        @DefaultValue("4") int segmentSeconds,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("2GB") DataSize maxFileSize,
        @DefaultValue("1s") Duration minDuration,
        @DefaultValue("10m") Duration maxDuration,
        @DefaultValue("240") int minShortSide,
        @DefaultValue("4096") int maxLongSide,
        @DefaultValue("9437184") long maxPixels,
        @DefaultValue("120") double maxFrameRate,

        @DefaultValue({"h264", "hevc", "vp8", "vp9", "av1", "mpeg4", "mpeg2video", "mjpeg"})
        Set<String> videoCodecs,

        @DefaultValue("4GB") DataSize maxOutputSize,
        Path ffmpegPath,
        @DefaultValue("1h") Duration maxCpuTime,
        @DefaultValue("16GB") DataSize maxMemory,
        @DefaultValue("4GB") DataSize maxOutputFileSize,
        @DefaultValue("2s") Duration checkpointInterval) {

    public Path workDirOrTemp() {
        return workDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : workDir;
    }

    public MediaRules rules() {
        return new MediaRules(
                maxFileSize.toBytes(),
                minDuration,
                maxDuration,
                minShortSide,
                maxLongSide,
                maxPixels,
                maxFrameRate,
                videoCodecs);
    }

    /** The kernel limits of every ffmpeg run. */
    public FfmpegSandbox.Limits ffmpegLimits() {
        return new FfmpegSandbox.Limits(maxCpuTime, maxMemory.toBytes(), maxOutputFileSize.toBytes());
    }

    public TranscodeSettings transcodeSettings() {
        return new TranscodeSettings(timeout, preset, segmentSeconds, maxOutputSize.toBytes(), checkpointInterval);
    }
}
