package org.kepu.portal.video;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.kepu.content.contest.EntryCaptions;
import org.kepu.content.video.Caption;
import org.kepu.content.video.CaptionRevisions;
import org.kepu.content.video.Captions;
import org.kepu.content.video.VideoNotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A video's caption track per language through {@code /api/v1/videos/{id}/captions/{lang}}: editors
 * put WebVTT or SRT (UTF-8 or GBK, detected), anyone who may see the video gets it as WebVTT. A file
 * that cannot be used answers 422 with every problem, its cue and its line. Changing the captions of
 * a published video is a revision: it answers 202 and the public keeps the track until it is approved.
 */
@RestController
class VideoCaptionApiController {

    static final MediaType SUBRIP = MediaType.parseMediaType("application/x-subrip");
    private static final MediaType WEBVTT = MediaType.parseMediaType("text/vtt;charset=UTF-8");
    /** Read no further: a bigger body is refused without being held in memory. */
    private static final int MAX_BODY = 1024 * 1024 + 1;

    private final VideoAccess access;
    private final Captions captions;
    private final EntryCaptions entryCaptions;
    private final CaptionRevisions revisions;

    VideoCaptionApiController(
            VideoAccess access, Captions captions, EntryCaptions entryCaptions, CaptionRevisions revisions) {
        this.access = access;
        this.captions = captions;
        this.entryCaptions = entryCaptions;
        this.revisions = revisions;
    }

    @PutMapping(
            value = "/api/v1/videos/{id}/captions/{lang}",
            consumes = {"text/vtt", "application/x-subrip", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    @Operation(
            summary = "Puts the caption track of a language (WebVTT or SRT, UTF-8 or GBK); a new one replaces the old")
    @ApiResponse(responseCode = "201", description = "The track was added")
    @ApiResponse(responseCode = "200", description = "The track replaced the one before")
    @ApiResponse(
            responseCode = "202",
            description = "The video is published: the change waits for review as a correction (`pending`)")
    @ApiResponse(responseCode = "404", description = "No such video, or a language captions are not kept in")
    @ApiResponse(
            responseCode = "422",
            description = "The file cannot be used: `problems` lists each with its cue and line")
    ResponseEntity<CaptionJson> put(
            @PathVariable long id,
            @PathVariable String lang,
            HttpServletRequest request,
            Principal editor,
            Authentication viewer)
            throws IOException {
        access.editable(id, viewer);
        if (!Captions.supports(lang)) {
            throw new VideoNotFound(id);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY);
        }
        boolean replaces = captions.find(id, lang).isPresent();
        CaptionRevisions.Outcome outcome = entryCaptions.uploadByStaff(id, lang, body, editor.getName());
        if (outcome.isPending()) {
            return ResponseEntity.accepted().body(new CaptionJson(lang, Captions.label(lang), url(id, lang), true));
        }
        CaptionJson json = json(outcome.caption());
        return replaces
                ? ResponseEntity.ok(json)
                : ResponseEntity.created(URI.create(json.url())).body(json);
    }

    @GetMapping("/api/v1/videos/{id}/captions/{lang}")
    @Operation(summary = "The caption track of a language, as WebVTT")
    @ApiResponse(responseCode = "200", description = "The track")
    @ApiResponse(responseCode = "404", description = "No such video or no track in this language")
    ResponseEntity<byte[]> get(@PathVariable long id, @PathVariable String lang, Authentication viewer) {
        VideoAccess.Readable video = access.read(id, viewer);
        Caption caption = captions.find(id, lang).orElseThrow(() -> new VideoNotFound(id));
        return ResponseEntity.ok()
                .contentType(WEBVTT)
                .cacheControl(video.isPublic() ? CacheControl.noCache().cachePublic() : CacheControl.noStore())
                .body(captions.webVtt(caption).getBytes(StandardCharsets.UTF_8));
    }

    @DeleteMapping("/api/v1/videos/{id}/captions/{lang}")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    @Operation(summary = "Removes the caption track of a language")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "202", description = "The video is published: the removal waits for review")
    @ApiResponse(responseCode = "404", description = "No such video or no track in this language")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable String lang, Authentication viewer) {
        access.editable(id, viewer);
        return switch (revisions.remove(id, lang, viewer.getName())) {
            case NONE -> throw new VideoNotFound(id);
            case REMOVED -> ResponseEntity.noContent().build();
            case HELD -> ResponseEntity.accepted().build();
        };
    }

    private static CaptionJson json(Caption caption) {
        return new CaptionJson(caption.language(), caption.label(), url(caption.videoId(), caption.language()), false);
    }

    private static String url(long videoId, String language) {
        return "/api/v1/videos/" + videoId + "/captions/" + language;
    }

    /** @param pending the change waits for review; the URL serves the published track until then */
    record CaptionJson(String language, String label, String url, boolean pending) {}
}
