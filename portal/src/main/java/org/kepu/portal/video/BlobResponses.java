package org.kepu.portal.video;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kepu.content.blob.BlobInfo;
import org.kepu.content.blob.BlobStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * HTTP answers for blobs: whole, a single byte range (206), not modified (304) or unsatisfiable
 * (416). Blob keys of media are never reused (every transcode writes under a new prefix), so the
 * key and size make a strong ETag and the content may be cached for long.
 */
@Component
@EnableConfigurationProperties(MediaServingSettings.class)
class BlobResponses {

    private static final Duration PUBLIC_LIFETIME = Duration.ofDays(7);

    private final BlobStore blobs;

    BlobResponses(BlobStore blobs) {
        this.blobs = blobs;
    }

    Optional<ResponseEntity<InputStreamResource>> serve(
            String key, boolean isPublic, String range, String ifNoneMatch) {
        return blobs.stat(key).map(info -> answer(key, info, isPublic, range, ifNoneMatch));
    }

    private ResponseEntity<InputStreamResource> answer(
            String key, BlobInfo info, boolean isPublic, String range, String ifNoneMatch) {
        String etag = "\"" + UUID.nameUUIDFromBytes((key + ":" + info.size()).getBytes(StandardCharsets.UTF_8)) + "\"";
        // An unpublished video is seen only by its owner and editors: no shared caches.
        CacheControl cache = isPublic
                ? CacheControl.maxAge(PUBLIC_LIFETIME).cachePublic()
                : CacheControl.noCache().cachePrivate();
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        MediaType type = MediaType.parseMediaType(info.contentType());
        if (range == null || range.isBlank()) {
            return ResponseEntity.ok()
                    .contentType(type)
                    .contentLength(info.size())
                    .cacheControl(cache)
                    .eTag(etag)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .body(new InputStreamResource(blobs.open(key)));
        }
        long[] span = span(range, info.size());
        if (span == null) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + info.size())
                    .build();
        }
        long length = span[1] - span[0] + 1;
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .contentType(type)
                .contentLength(length)
                .cacheControl(cache)
                .eTag(etag)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + span[0] + "-" + span[1] + "/" + info.size())
                .body(new InputStreamResource(blobs.open(key, span[0], length)));
    }

    /** The first and last byte of a single satisfiable range, or null. */
    private static long[] span(String header, long size) {
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            if (ranges.size() != 1) {
                return null;
            }
            long start = ranges.get(0).getRangeStart(size);
            long end = ranges.get(0).getRangeEnd(size);
            return start >= size || start > end ? null : new long[] {start, end};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
