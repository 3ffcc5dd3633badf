package org.kepu.portal.video;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.kepu.content.text.UnicodeText;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.VideoUploads;
import org.kepu.portal.share.SiteUrls;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/videos}: a stable API for scripts and other clients. */
@RestController
class VideoApiController {

    private final VideoAccess access;
    private final VideoUploads uploads;
    private final CurrentAccount accounts;
    private final SiteUrls urls;

    VideoApiController(VideoAccess access, VideoUploads uploads, CurrentAccount accounts, SiteUrls urls) {
        this.access = access;
        this.uploads = uploads;
        this.accounts = accounts;
        this.urls = urls;
    }

    @GetMapping("/api/v1/videos/{id}")
    @Operation(summary = "A video; unpublished ones only to their owner and editors (others get 404)")
    @ApiResponse(responseCode = "200", description = "The video")
    @ApiResponse(responseCode = "404", description = "No such video visible to the caller")
    VideoJson video(@PathVariable long id, Authentication viewer) {
        return VideoJson.of(access.readable(id, viewer), urls);
    }

    /** Turns a finished tus upload into a video; it is transcoded in the background. */
    @PostMapping("/api/v1/videos")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn a finished upload into a video; poll GET /api/v1/videos/{id} for status and progress")
    @ApiResponse(responseCode = "404", description = "No such upload of the caller")
    @ApiResponse(responseCode = "422", description = "The upload is unfinished or already used")
    @ApiResponse(
            responseCode = "429",
            description = "Too many of the caller's videos are still waiting for transcoding")
    @PreAuthorize("hasAnyRole('CREATOR','EDITOR','ADMIN')")
    ResponseEntity<CreatedJson> create(@Valid @RequestBody NewVideoJson body, Principal principal) {
        Video video = uploads.submit(accounts.of(principal), body.uploadId(), body.title(), body.summary());
        return ResponseEntity.created(URI.create("/api/v1/videos/" + video.getId()))
                .body(new CreatedJson(video.getId()));
    }

    record NewVideoJson(
            @NotBlank @Size(max = 40) String uploadId,
            @UnicodeText @NotBlank @Size(max = 200) String title,
            @UnicodeText @Size(max = 500) String summary) {}

    record CreatedJson(long id) {}

    /**
     * A video as the API shows it; {@code translations} holds its published title and summary in
     * other languages ({@code {"mn": {title, summary}}}), empty when it has none.
     */
    record VideoJson(
            long id,
            String title,
            String summary,
            Map<String, TranslationJson> translations,
            String status,
            int progress,
            String reason,
            String hls,
            String mp4,
            String poster,
            Integer durationSeconds,
            List<RenditionJson> renditions) {

        static VideoJson of(Video video, SiteUrls urls) {
            boolean ready = video.getStatus() == VideoStatus.READY;
            VideoMedia media = VideoMedia.of(video);
            return new VideoJson(
                    video.getId(),
                    video.getTitle(),
                    video.getSummary(),
                    video.hasMongolian()
                            ? Map.of("mn", new TranslationJson(video.getTitleMn(), video.summaryIn("mn")))
                            : Map.of(),
                    video.getStatus().name(),
                    video.getProgress(),
                    video.getReason(),
                    ready ? urls.resource(media.hls()) : null,
                    ready ? urls.resource(media.mp4()) : null,
                    ready ? urls.resource(media.poster()) : null,
                    video.getDurationSeconds(),
                    video.getRenditions().stream()
                            .map(r -> new RenditionJson(r.width(), r.height(), r.bandwidth()))
                            .toList());
        }
    }

    record RenditionJson(int width, int height, int bandwidth) {}

    record TranslationJson(String title, String summary) {}
}
