package org.kepu.portal.video;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kepu.content.ContentKey;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.text.UnicodeText;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoChapter;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoEditorialStatus;
import org.kepu.content.video.VideoMetadata;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.InvalidRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editorial life of a video through {@code /api/v1/videos/{id}}, with the rules of the back
 * office: editors change metadata and submit, reviewers publish (approve at the next level) and take
 * offline, editors delete. Broken rules answer 409 with a ProblemDetail.
 */
@RestController
class VideoEditorialApiController {

    private final Videos videos;
    private final VideoEditorial editorial;
    private final ReferenceNames names;
    private final Catalog catalog;

    VideoEditorialApiController(Videos videos, VideoEditorial editorial, ReferenceNames names, Catalog catalog) {
        this.videos = videos;
        this.editorial = editorial;
        this.names = names;
        this.catalog = catalog;
    }

    /**
     * Changes the given fields of the metadata, as a new revision; fields left out keep their value.
     * A published video keeps its metadata until the change is reviewed (submit it).
     */
    @PatchMapping("/api/v1/videos/{id}")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    StateJson update(@PathVariable long id, @Valid @RequestBody MetadataJson body, Principal editor) {
        VideoMetadata pending = editorial.pendingMetadata(get(id));
        return state(editorial.describe(id, merged(pending, body), editor.getName()));
    }

    /** Submits a draft, or the correction of a published video, for review. */
    @PostMapping("/api/v1/videos/{id}/submit")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    StateJson submit(@PathVariable long id, Principal editor) {
        return state(editorial.submit(id, editor.getName()));
    }

    /**
     * Approves the video at the next review level as the caller; at the last level it is published
     * (or scheduled). A draft is refused: someone else submits it first (four eyes).
     */
    @PostMapping("/api/v1/videos/{id}/publish")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    StateJson publish(@PathVariable long id, Principal reviewer) {
        if (get(id).getEditorial() == VideoEditorialStatus.DRAFT) {
            throw new EditorialRuleBroken("video.editorial.api-draft", id);
        }
        return state(editorial.approve(id, reviewer.getName(), false));
    }

    /** Takes a published or scheduled video off the site. */
    @PostMapping("/api/v1/videos/{id}/withdraw")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    StateJson withdraw(@PathVariable long id, Principal reviewer) {
        return state(editorial.withdraw(id, reviewer.getName()));
    }

    /** Deletes the video; its source, renditions, poster, storyboard and captions leave the store. */
    @DeleteMapping("/api/v1/videos/{id}")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Principal editor) {
        editorial.delete(id, editor.getName());
    }

    private VideoMetadata merged(VideoMetadata m, MetadataJson body) {
        return new VideoMetadata(
                body.title() != null ? body.title() : m.title(),
                body.summary() != null ? body.summary() : m.summary(),
                body.column() != null ? columnId(body.column()) : m.columnId(),
                body.town() != null ? townCode(body.town()) : m.townCode(),
                body.audiences() != null ? audienceCodes(body.audiences()) : m.audienceCodes(),
                body.tags() != null ? body.tags() : m.tags(),
                body.chapters() != null
                        ? body.chapters().stream()
                                .map(c -> new VideoChapter(c.at(), c.title().strip()))
                                .toList()
                        : m.chapters(),
                body.publishAt() != null ? body.publishAt() : m.publishAt(),
                mongolian(body) != null ? mongolian(body).title() : m.titleMn(),
                mongolian(body) != null ? mongolian(body).summary() : m.summaryMn());
    }

    private static TranslationJson mongolian(MetadataJson body) {
        return body.translations() == null ? null : body.translations().get("mn");
    }

    private Long columnId(String slug) {
        return slug.isBlank()
                ? null
                : names.columnId(slug).orElseThrow(() -> new InvalidRequest("api.unknown.column", slug));
    }

    private String townCode(String town) {
        return town.isBlank()
                ? null
                : names.townCode(town).orElseThrow(() -> new InvalidRequest("api.unknown.town", town));
    }

    private List<String> audienceCodes(List<String> given) {
        return given.stream()
                .map(a -> names.audienceCode(a).orElseThrow(() -> new InvalidRequest("api.unknown.audience", a)))
                .toList();
    }

    private Video get(long id) {
        return videos.find(id).orElseThrow(() -> new VideoNotFound(id));
    }

    /**
     * Metadata fields to change; {@code null} keeps a field. {@code column} is a column's slug,
     * {@code town} a town's code or name, {@code audiences} codes or names; an empty column or town
     * clears it.
     */
    record MetadataJson(
            @UnicodeText @Size(min = 1, max = 200) String title,
            @UnicodeText @Size(max = 500) String summary,
            String column,
            String town,
            List<@Size(max = 40) String> audiences,
            @Size(max = 20) List<@Size(max = 30) String> tags,
            @Size(max = 100) List<@Valid ChapterJson> chapters,
            Instant publishAt,
            @Size(max = 1) Map<@Pattern(regexp = "mn") String, @Valid TranslationJson> translations) {}

    /**
     * The video's title and summary in another language, reviewed with the rest of its metadata; an
     * empty title removes that language's version.
     */
    record TranslationJson(
            @UnicodeText @Size(max = 200) String title,
            @UnicodeText @Size(max = 500) String summary) {}

    /** A chapter: its start in seconds and its title. */
    record ChapterJson(
            @Min(0) @Max(86_400) int at,
            @NotBlank @Size(max = 100) String title) {}

    private StateJson state(Video video) {
        return StateJson.of(video, catalog.isPublic(ContentKey.video(video.getId())));
    }

    /**
     * Where the video is: {@code status} its transcoding, {@code editorial} its workflow state,
     * {@code correctionPending} whether changed metadata waits (in review when {@code inReview}).
     */
    record StateJson(
            long id,
            String title,
            String status,
            String editorial,
            boolean inReview,
            boolean correctionPending,
            boolean isPublic,
            String reviewReason) {

        static StateJson of(Video video, boolean isPublic) {
            return new StateJson(
                    video.getId(),
                    video.getTitle(),
                    video.getStatus().name(),
                    video.getEditorial().name(),
                    video.isInReview(),
                    video.getCorrectionRevision() != null,
                    isPublic,
                    video.getReviewReason());
        }
    }
}
