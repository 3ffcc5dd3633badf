package org.kepu.portal.video;

import jakarta.servlet.http.HttpServletRequest;
import org.kepu.content.blob.BlobKeys;
import org.kepu.content.video.Caption;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
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

    private final VideoAccess access;
    private final Captions captions;
    private final BlobResponses responses;

    MediaController(VideoAccess access, Captions captions, BlobResponses responses) {
        this.access = access;
        this.captions = captions;
        this.responses = responses;
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
        return responses.serve(key, readable.isPublic(), range, ifNoneMatch).orElseThrow(() -> new VideoNotFound(id));
    }
}
