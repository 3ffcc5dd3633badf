package org.kepu.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.PosterFrame;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the frame an editor picked from the storyboard out of the one HLS segment of the sharpest
 * rendition that shows it, and makes it the poster. Running it twice writes the same picture again.
 */
class PosterJob {

    private static final Logger log = LoggerFactory.getLogger(PosterJob.class);

    private final Videos videos;
    private final BlobStore blobs;
    private final FrameGrabber grabber;
    private final MediaSettings settings;

    PosterJob(Videos videos, BlobStore blobs, FrameGrabber grabber, MediaSettings settings) {
        this.videos = videos;
        this.blobs = blobs;
        this.grabber = grabber;
        this.settings = settings;
    }

    void run(String data) {
        PosterFrame request = PosterFrame.of(data);
        Video video = videos.find(request.videoId()).orElse(null);
        if (video == null || !video.isPlayable()) {
            return; // deleted, or its file is being replaced: the new file brings its own poster
        }
        String prefix = video.getMediaPrefix();
        Path work = workDir(request.videoId());
        try {
            String variantUri = HlsFrameSource.sharpestVariant(text(video.mediaKey(Video.MASTER_PLAYLIST)));
            HlsFrameSource.SegmentAt segment =
                    HlsFrameSource.segmentAt(variantUri, text(video.mediaKey(variantUri)), request.at());
            Path piece = work.resolve("segment");
            try (OutputStream out = Files.newOutputStream(piece)) {
                for (String file : segment.files()) {
                    try (InputStream in = blobs.open(video.mediaKey(file))) {
                        in.transferTo(out);
                    }
                }
            }
            Path poster = grabber.grab(piece, segment.offset(), work.resolve(Video.POSTER));
            blobs.put(video.mediaKey(Video.POSTER), poster, "image/jpeg");
            if (videos.posterGrabbed(request, prefix)) {
                log.info(
                        "Poster of video {} taken at {} ms",
                        request.videoId(),
                        request.at().toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fetch the segment of video " + request.videoId(), e);
        } finally {
            TranscodeJob.deleteQuietly(work);
        }
    }

    // playlists we wrote: a few KB
    private String text(String key) {
        try (InputStream in = blobs.open(key)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    private Path workDir(long videoId) {
        try {
            Files.createDirectories(settings.workDirOrTemp());
            return Files.createTempDirectory(settings.workDirOrTemp(), "poster-" + videoId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder in " + settings.workDirOrTemp(), e);
        }
    }
}
