package org.kepu.portal.video;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.kepu.content.blob.BlobInfo;
import org.kepu.content.blob.BlobKeys;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves a public video's playlists, segments, MP4 fallback and poster from the blob store, with
 * HTTP Range support so that players can seek.
 */
@Controller
class MediaController {

    private final VideoAccess access;
    private final BlobStore blobs;

    MediaController(VideoAccess access, BlobStore blobs) {
        this.access = access;
        this.blobs = blobs;
    }

    @GetMapping("/media/videos/{id}/**")
    ResponseEntity<InputStreamResource> media(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            HttpServletRequest request,
            Authentication viewer) {
        Video video = access.readable(id, viewer);
        if (video.getMediaPrefix() == null) {
            throw new VideoNotFound(id);
        }
        String file = request.getRequestURI().substring(VideoMedia.base(id).length());
        String key = BlobKeys.check(video.mediaKey(file));
        BlobInfo info = blobs.stat(key).orElseThrow(() -> new VideoNotFound(id));
        MediaType type = MediaType.parseMediaType(info.contentType());
        // Every file of a transcode lives under a new prefix, so cached copies never go stale.
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        if (range == null || range.isBlank()) {
            return ResponseEntity.ok()
                    .contentType(type)
                    .contentLength(info.size())
                    .cacheControl(cache)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .body(new InputStreamResource(blobs.open(key)));
        }
        return partial(key, info, type, cache, range);
    }

    private ResponseEntity<InputStreamResource> partial(
            String key, BlobInfo info, MediaType type, CacheControl cache, String rangeHeader) {
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(rangeHeader);
        } catch (IllegalArgumentException e) {
            return unsatisfiable(info);
        }
        if (ranges.size() != 1) {
            return unsatisfiable(info);
        }
        long size = info.size();
        long start;
        long end;
        try {
            start = ranges.get(0).getRangeStart(size);
            end = ranges.get(0).getRangeEnd(size);
        } catch (IllegalArgumentException e) {
            return unsatisfiable(info);
        }
        if (start >= size || start > end) {
            return unsatisfiable(info);
        }
        long length = end - start + 1;
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .contentType(type)
                .contentLength(length)
                .cacheControl(cache)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size)
                .body(new InputStreamResource(blobs.open(key, start, length)));
    }

    private static ResponseEntity<InputStreamResource> unsatisfiable(BlobInfo info) {
        return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                .header(HttpHeaders.CONTENT_RANGE, "bytes */" + info.size())
                .build();
    }
}
