package org.kepu.media;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import org.kepu.content.ContentAutoConfiguration;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.jobs.JobSettings;
import org.kepu.content.jobs.Jobs;
import org.kepu.content.jobs.Takeovers;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.FfmpegBinary;
import org.kepu.media.transcode.FfmpegSandbox;
import org.kepu.media.transcode.FrameGrabber;
import org.kepu.media.transcode.LadderPlanner;
import org.kepu.media.transcode.MediaProber;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.media.transcode.Transcoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The media worker: inside the portal (embedded default) or in its own process. It registers the
 * transcode and poster jobs with the durable queue only where {@code kepu.media.worker-enabled} is true.
 */
@AutoConfiguration(after = ContentAutoConfiguration.class)
@EnableConfigurationProperties(MediaSettings.class)
public class MediaWorkerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MediaWorkerAutoConfiguration.class);

    /**
     * The configured binary in the strongest sandbox this machine allows, found once at start-up.
     * A missing or broken binary stops the start: every video would fail otherwise.
     */
    @Bean
    FfmpegBinary ffmpegBinary(MediaSettings settings) {
        Path path = settings.ffmpegPath() == null ? FfmpegBinary.bundledPath() : settings.ffmpegPath();
        FfmpegSandbox sandbox = FfmpegSandbox.detect(settings.ffmpegLimits());
        FfmpegBinary ffmpeg = new FfmpegBinary(path, sandbox);
        String version = ffmpeg.version();
        log.info("ffmpeg: {} ({}); {}", path, version, sandbox.describe());
        if (!sandbox.isolatesNetwork() || !sandbox.limitsResources()) {
            log.warn(
                    "ffmpeg runs with {}{}: install util-linux (prlimit) and run as root or with bubblewrap (bwrap)",
                    sandbox.isolatesNetwork() ? "" : "the worker's network",
                    sandbox.limitsResources() ? "" : (sandbox.isolatesNetwork() ? "" : " and ") + "no resource limits");
        }
        return ffmpeg;
    }

    @Bean
    MediaProber mediaProber(FfmpegBinary ffmpeg) {
        return new MediaProber(ffmpeg);
    }

    @Bean
    Transcoder transcoder(FfmpegBinary ffmpeg, MediaProber prober, MediaSettings settings) {
        return new Transcoder(ffmpeg, prober, new LadderPlanner(), settings.transcodeSettings(), settings.rules());
    }

    @Bean
    FrameGrabber frameGrabber(FfmpegBinary ffmpeg) {
        return new FrameGrabber(ffmpeg);
    }

    @Bean
    SampleVideos sampleVideos(FfmpegBinary ffmpeg) {
        return new SampleVideos(ffmpeg);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "kepu.media.worker-enabled", matchIfMissing = true)
    Task<Long> transcodeVideoTask(
            Videos videos,
            BlobStore blobs,
            Transcoder transcoder,
            MediaSettings settings,
            Clock clock,
            JobSettings jobs) {
        TranscodeJob job = new TranscodeJob(videos, blobs, transcoder, settings, clock);
        return Tasks.oneTime(Jobs.TRANSCODE_VIDEO.descriptor())
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryDelay()))
                // a worker that died mid-job (missed heartbeats) hands the job to another worker;
                // one that was only frozen is stopped first, as two runs would share the video's media
                .onDeadExecution(Takeovers.revive(jobs))
                .execute(
                        (instance, context) -> job.run(instance.getData(), context.getExecution().consecutiveFailures));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "kepu.media.worker-enabled", matchIfMissing = true)
    Task<String> grabPosterTask(
            Videos videos, BlobStore blobs, FrameGrabber grabber, MediaSettings settings, JobSettings jobs) {
        PosterJob job = new PosterJob(videos, blobs, grabber, settings);
        return Tasks.oneTime(Jobs.GRAB_POSTER.descriptor())
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        3, new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryDelay())))
                .onDeadExecution(Takeovers.revive(jobs))
                .execute((instance, context) -> job.run(instance.getData()));
    }
}
