package org.kepu.portal.video;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kepu.content.blob.BlobKeys;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.Caption;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves a video's playlists, segments, MP4 fallback, poster, storyboard and captions from the
 * blob store to whoever may see the video.
 */
@Controller
class MediaController {

    private static final MediaType PLAYLIST = MediaType.parseMediaType("application/vnd.apple.mpegurl");
    private static final MediaType WEBVTT = MediaType.parseMediaType("text/vtt;charset=UTF-8");

    private final VideoAccess access;
    private final Captions captions;
    private final BlobResponses responses;
    private final BlobStore blobs;

    MediaController(VideoAccess access, Captions captions, BlobResponses responses, BlobStore blobs) {
        this.access = access;
        this.captions = captions;
        this.responses = responses;
        this.blobs = blobs;
    }

    /** A caption language as an HLS subtitle rendition: its playlist of one segment. */
    @GetMapping("/media/videos/{id}/subtitles/{lang}.m3u8")
    ResponseEntity<String> subtitlePlaylist(@PathVariable long id, @PathVariable String lang, Authentication viewer) {
        VideoAccess.Readable video = access.read(id, viewer);
        captions.find(id, lang).orElseThrow(() -> new VideoNotFound(id));
        Integer seconds = video.video().getDurationSeconds();
        return small(HlsSubtitles.playlist(id, lang, seconds == null ? 1 : seconds), PLAYLIST, video.isPublic());
    }

    /** The rendition's one segment: the track with the timestamp map of the video's segments. */
    @GetMapping("/media/videos/{id}/subtitles/{lang}.vtt")
    ResponseEntity<String> subtitleSegment(@PathVariable long id, @PathVariable String lang, Authentication viewer) {
        VideoAccess.Readable video = access.read(id, viewer);
        Caption caption = captions.find(id, lang).orElseThrow(() -> new VideoNotFound(id));
        return small(HlsSubtitles.segment(captions.webVtt(caption)), WEBVTT, video.isPublic());
    }

    @GetMapping("/media/videos/{id}/captions/{captionId}.vtt")
    ResponseEntity<InputStreamResource> caption(
            @PathVariable long id,
            @PathVariable long captionId,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Authentication viewer) {
        VideoAccess.Readable video = access.read(id, viewer);
        String key = captions.find(id, captionId).map(Caption::blobKey).orElseThrow(() -> new VideoNotFound(id));
        return responses.serve(key, video.isPublic(), range, ifNoneMatch).orElseThrow(() -> new VideoNotFound(id));
    }

    @GetMapping("/media/videos/{id}/**")
    ResponseEntity<InputStreamResource> media(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request,
            Authentication viewer) {
        VideoAccess.Readable readable = access.read(id, viewer);
        Video video = readable.video();
        if (video.getMediaPrefix() == null) {
            throw new VideoNotFound(id);
        }
        String file = request.getRequestURI().substring(VideoMedia.base(id).length());
        String key = BlobKeys.check(video.mediaKey(file));
        if (file.equals(Video.MASTER_PLAYLIST)) {
            return master(video, key, readable.isPublic());
        }
        return responses.serve(key, readable.isPublic(), range, ifNoneMatch).orElseThrow(() -> new VideoNotFound(id));
    }

    /**
     * The master playlist names the caption renditions of now, and its URL stays when the file is
     * replaced: so it is revalidated on every use, not kept for days like the media under it.
     */
    private ResponseEntity<InputStreamResource> master(Video video, String key, boolean isPublic) {
        if (!blobs.exists(key)) {
            throw new VideoNotFound(video.getId());
        }
        String original;
        try (InputStream in = blobs.open(key)) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = HlsSubtitles.master(original, video.getId(), captions.of(video.getId()))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(PLAYLIST)
                .contentLength(body.length)
                .cacheControl(cache(isPublic))
                .body(new InputStreamResource(new ByteArrayInputStream(body)));
    }

    private static ResponseEntity<String> small(String body, MediaType type, boolean isPublic) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(cache(isPublic))
                .body(body);
    }

    private static CacheControl cache(boolean isPublic) {
        return isPublic
                ? CacheControl.noCache().cachePublic()
                : CacheControl.noCache().cachePrivate();
    }
}
