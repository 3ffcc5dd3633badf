package org.kepu.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.MediaTypes;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoLimits;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.MediaRejected;
import org.kepu.media.transcode.MediaRules;
import org.kepu.media.transcode.TranscodeFailed;
import org.kepu.media.transcode.TranscodeResult;
import org.kepu.media.transcode.Transcoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcodes one uploaded video: source from the blob store to a work folder, one ffmpeg run, every
 * output uploaded under a fresh prefix, then the video switched to it. Until that switch nothing of
 * the new outputs is served, so a crash half-way leaves nothing half-written in view.
 */
class TranscodeJob {

    private static final Logger log = LoggerFactory.getLogger(TranscodeJob.class);
    private static final String FAILED_REASON = "视频处理失败，请稍后重试；如果多次失败，请联系编辑。";

    private final Videos videos;
    private final BlobStore blobs;
    private final Transcoder transcoder;
    private final MediaSettings settings;
    private final Clock clock;
    private final SegmentCheckpoints checkpoints;

    TranscodeJob(Videos videos, BlobStore blobs, Transcoder transcoder, MediaSettings settings, Clock clock) {
        this.videos = videos;
        this.blobs = blobs;
        this.transcoder = transcoder;
        this.settings = settings;
        this.clock = clock;
        this.checkpoints = new SegmentCheckpoints(blobs);
    }

    /**
     * Runs the job. A failure that is not the file's fault (ffmpeg crashed, storage unreachable) is
     * thrown, so the queue retries it with backoff; after {@code maxAttempts} the video is marked
     * failed instead, so that it does not wait for ever.
     *
     * @param previousFailures how often this job failed before
     */
    void run(long videoId, int previousFailures) {
        try {
            transcode(videoId);
        } catch (TranscodeFailed e) {
            log.error(
                    "Transcoding video {} failed (attempt {}): {}\n{}",
                    videoId,
                    previousFailures + 1,
                    e.getMessage(),
                    String.join("\n", e.ffmpegOutput()));
            giveUpOrRetry(videoId, previousFailures, e);
        } catch (RuntimeException e) {
            log.error("Transcoding video {} failed (attempt {})", videoId, previousFailures + 1, e);
            giveUpOrRetry(videoId, previousFailures, e);
        }
    }

    private void giveUpOrRetry(long videoId, int previousFailures, RuntimeException e) {
        if (previousFailures + 1 >= settings.maxAttempts()) {
            videos.failed(videoId, FAILED_REASON);
            discardCheckpoints(videoId);
            return;
        }
        throw e;
    }

    private void transcode(long videoId) {
        Video video = videos.find(videoId).orElse(null);
        if (video == null || !video.isAwaitingTranscode()) {
            return; // deleted, or already done by an earlier run of this job
        }
        // a worker killed while uploading left objects under a prefix nothing points at
        videos.abandonedMedia(videoId).ifPresent(blobs::deleteAll);
        Path work = createWorkDir(videoId);
        try {
            Path source = work.resolve("source");
            // a replacement file while there is one: the current renditions stay online meanwhile
            blobs.copyTo(video.sourceToTranscode(), source);
            // segments a stopped run kept are continued, on this worker or another
            KeptSegments kept = new KeptSegments(checkpoints, videoId, sourceIdentity(video, source));
            TranscodeResult result =
                    transcoder.transcode(source, work.resolve("out"), progress(videoId), rulesFor(video), kept);
            String prefix = "videos/" + videoId + "/m" + clock.millis();
            try {
                videos.uploadingTo(videoId, prefix);
                upload(work.resolve("out"), prefix);
                videos.transcoded(videoId, media(prefix, result));
                discardCheckpoints(videoId);
            } catch (RuntimeException e) {
                // Nothing points at this prefix yet: remove what was uploaded, a retry uses a new one.
                blobs.deleteAll(prefix);
                throw e;
            }
            log.info(
                    "Transcoded video {} into {} renditions under {}",
                    videoId,
                    result.renditions().size(),
                    prefix);
        } catch (MediaRejected e) {
            log.info("Rejected video {} ({}): {}", videoId, e.rejectionCause(), e.reason());
            videos.rejected(videoId, e.reason(), e.reasonCode());
            discardCheckpoints(videoId);
        } finally {
            deleteQuietly(work);
        }
    }

    // no run will resume this video any more; a leftover would only take space
    private void discardCheckpoints(long videoId) {
        try {
            checkpoints.discard(videoId);
        } catch (RuntimeException e) {
            log.warn("Cannot remove the transcode checkpoints of video {}", videoId, e);
        }
    }

    // a replaced file has another key; the size guards against a key written twice
    private static String sourceIdentity(Video video, Path source) {
        try {
            return video.sourceToTranscode() + " " + Files.size(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + source, e);
        }
    }

    private MediaRules rulesFor(Video video) {
        VideoLimits limits = video.limits();
        Long maxBytes = limits.maxSizeMb() == null ? null : limits.maxSizeMb() * 1024L * 1024L;
        return transcoder.rules().narrowedTo(limits.maxDurationSeconds(), maxBytes, limits.minShortSide());
    }

    /** Saves each percent the transcoder reports (at most one a second); 100 waits for the upload. */
    private IntConsumer progress(long videoId) {
        AtomicInteger last = new AtomicInteger(-1);
        return percent -> {
            int capped = Math.min(99, percent);
            if (capped > last.get()) {
                last.set(capped);
                videos.progressed(videoId, capped);
            }
        };
    }

    private void upload(Path out, String prefix) {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = prefix + "/" + out.relativize(file).toString().replace('\\', '/');
                blobs.put(key, file, MediaTypes.guess(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list transcoder output " + out, e);
        }
    }

    private static TranscodedMedia media(String prefix, TranscodeResult result) {
        List<VideoRendition> renditions = result.renditions().stream()
                .map(r ->
                        new VideoRendition(r.width(), r.height(), (r.videoBitrateKbps() + r.audioBitrateKbps()) * 1000))
                .toList();
        return new TranscodedMedia(
                prefix,
                result.probe().displayWidth(),
                result.probe().displayHeight(),
                (int) Math.round(result.probe().duration().toMillis() / 1000.0),
                renditions);
    }

    private Path createWorkDir(long videoId) {
        try {
            Files.createDirectories(settings.workDirOrTemp());
            return Files.createTempDirectory(settings.workDirOrTemp(), "transcode-" + videoId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder in " + settings.workDirOrTemp(), e);
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Cannot clean up {}", folder, e);
        }
    }
}
