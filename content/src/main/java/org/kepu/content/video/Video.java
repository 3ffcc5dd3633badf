package org.kepu.content.video;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A micro-video: its uploaded source, its transcoding state and the renditions it yielded, and
 * beside them its editorial state ({@link VideoEditorialStatus}) and published metadata.
 */
@Table("video")
public class Video {

    /** Media files under {@link #getMediaPrefix()}. */
    public static final String MASTER_PLAYLIST = "master.m3u8";

    public static final String FALLBACK_MP4 = "fallback.mp4";
    public static final String POSTER = "poster.jpg";
    /** Seek previews: WebVTT cues pointing into {@code sprite.jpg}. */
    public static final String STORYBOARD = "storyboard.vtt";

    @Id
    private Long id;

    private String title;
    private String summary;
    private String titleMn;
    private String summaryMn;
    private Long columnId;
    private String townCode;
    private Long ownerId;
    private String sourceKey;
    private String mediaPrefix;
    private VideoStatus status;
    private int progress;
    private String reason;
    private String reasonCode;
    private boolean published;
    private Integer durationSeconds;
    private Integer width;
    private Integer height;
    private long viewCount;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private Integer maxDurationSeconds;
    private Integer maxSizeMb;
    private Integer minShortSide;
    private VideoEditorialStatus editorial;
    private String createdBy;
    private String tags;
    private String chapters;
    private String posterKey;
    private Instant publishAt;
    private String submittedBy;
    private String reviewReason;
    private Integer approvedRevision;
    private Integer correctionRevision;
    private boolean correctionInReview;
    private String replacementSourceKey;

    @MappedCollection(idColumn = "video_id")
    private Set<VideoAudience> audiences = new LinkedHashSet<>();

    @MappedCollection(idColumn = "video_id", keyColumn = "idx")
    private List<VideoRendition> renditions = new ArrayList<>();

    Video() {}

    static Video uploaded(NewVideo upload, String createdBy, Instant now) {
        Video video = new Video();
        video.title = upload.title();
        video.summary = upload.summary();
        video.titleMn = VideoRevision.blankToNull(upload.titleMn());
        video.summaryMn = VideoRevision.blankToNull(upload.summaryMn());
        video.columnId = upload.columnId();
        video.townCode = upload.townCode();
        video.ownerId = upload.ownerId();
        video.sourceKey = upload.sourceKey();
        video.status = VideoStatus.PROCESSING;
        video.createdBy = createdBy;
        video.tags = "";
        video.chapters = "";
        video.editorial = switch (upload.route()) {
            case REVIEW -> VideoEditorialStatus.IN_REVIEW;
            case DRAFT -> VideoEditorialStatus.DRAFT;
            case CONTEST_ENTRY -> VideoEditorialStatus.CONTEST_ENTRY;
            case DIRECT -> VideoEditorialStatus.PUBLISHED;
        };
        video.submittedBy = upload.route() == VideoRoute.REVIEW ? createdBy : null;
        video.published = video.editorial == VideoEditorialStatus.PUBLISHED;
        video.createdAt = now;
        video.updatedAt = now;
        video.maxDurationSeconds = upload.limits().maxDurationSeconds();
        video.maxSizeMb = upload.limits().maxSizeMb();
        video.minShortSide = upload.limits().minShortSide();
        upload.audienceCodes().forEach(code -> video.audiences.add(new VideoAudience(code)));
        return video;
    }

    void transcoded(TranscodedMedia media, Instant now) {
        status = VideoStatus.READY;
        progress = 100;
        reason = null;
        reasonCode = null;
        mediaPrefix = media.mediaPrefix();
        width = media.width();
        height = media.height();
        durationSeconds = media.durationSeconds();
        renditions = new ArrayList<>(media.renditions());
        if (replacementSourceKey != null) {
            sourceKey = replacementSourceKey;
            replacementSourceKey = null;
        }
        if (published && publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** The poster now comes from the stored image under {@code imageFolder}; {@code null}: from the poster file of the media. */
    void posterChosen(String imageFolder, Instant now) {
        posterKey = imageFolder;
        updatedAt = now;
    }

    /** A new file to transcode; the current renditions stay online meanwhile. */
    void replacing(String newSourceKey, Instant now) {
        replacementSourceKey = newSourceKey;
        reason = null;
        reasonCode = null;
        updatedAt = now;
    }

    /** The new file could not be used; the video keeps its renditions and shows {@code why}. */
    void replacementStopped(String why, String whyCode, Instant now) {
        replacementSourceKey = null;
        reason = why;
        reasonCode = whyCode;
        updatedAt = now;
    }

    void stopped(VideoStatus outcome, String why, String whyCode, Instant now) {
        status = outcome;
        reason = why;
        reasonCode = whyCode;
        updatedAt = now;
    }

    /** The published metadata becomes {@code m}. */
    void described(VideoMetadata m, Instant now) {
        title = m.title();
        summary = m.summary();
        titleMn = VideoRevision.blankToNull(m.titleMn());
        summaryMn = VideoRevision.blankToNull(m.summaryMn());
        columnId = m.columnId();
        townCode = m.townCode();
        audiences = new LinkedHashSet<>();
        m.audienceCodes().forEach(code -> audiences.add(new VideoAudience(code)));
        tags = String.join(",", m.tags());
        chapters = VideoChapter.format(m.chapters());
        publishAt = m.publishAt();
        updatedAt = now;
    }

    void submitted(String by, Instant now) {
        editorial = VideoEditorialStatus.IN_REVIEW;
        submittedBy = by;
        reviewReason = null;
        updatedAt = now;
    }

    /** Back to its author as a draft; {@code why} is shown to them. */
    void rejected(String why, Instant now) {
        editorial = VideoEditorialStatus.DRAFT;
        reviewReason = why;
        submittedBy = null;
        updatedAt = now;
    }

    void approvedAt(int revision) {
        approvedRevision = revision;
    }

    void scheduled(Instant now) {
        editorial = VideoEditorialStatus.SCHEDULED;
        updatedAt = now;
    }

    void publish(Instant now) {
        editorial = VideoEditorialStatus.PUBLISHED;
        published = true;
        reviewReason = null;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    void offline(Instant now) {
        editorial = VideoEditorialStatus.OFFLINE;
        published = false;
        correctionRevision = null;
        correctionInReview = false;
        updatedAt = now;
    }

    /** An offline video changed again is a draft once more. */
    void reopened(Instant now) {
        editorial = VideoEditorialStatus.DRAFT;
        submittedBy = null;
        updatedAt = now;
    }

    /** New metadata of a published video, kept aside in revision {@code revision}. */
    void correctionSaved(int revision, Instant now) {
        correctionRevision = revision;
        correctionInReview = false;
        updatedAt = now;
    }

    void correctionSubmitted(String by, Instant now) {
        correctionInReview = true;
        submittedBy = by;
        reviewReason = null;
        updatedAt = now;
    }

    void correctionRejected(String why, Instant now) {
        correctionInReview = false;
        submittedBy = null;
        reviewReason = why;
        updatedAt = now;
    }

    void correctionApproved(VideoMetadata m, Instant now) {
        described(m, now);
        correctionRevision = null;
        correctionInReview = false;
        submittedBy = null;
    }

    /** Waiting for a reviewer: a submission or a correction of a published video. */
    public boolean isInReview() {
        return editorial == VideoEditorialStatus.IN_REVIEW || correctionInReview;
    }

    /** Whether a transcode has work to do: a first upload, or a replacement file. */
    public boolean isAwaitingTranscode() {
        return status == VideoStatus.PROCESSING || replacementSourceKey != null;
    }

    /** The file the next transcode reads: a replacement while there is one. */
    public String sourceToTranscode() {
        return replacementSourceKey != null ? replacementSourceKey : sourceKey;
    }

    /** A new file being transcoded, {@code null} when none. */
    public String getReplacementSourceKey() {
        return replacementSourceKey;
    }

    /** Transcoded and servable, published or not. */
    public boolean isPlayable() {
        return status == VideoStatus.READY;
    }

    /**
     * Whether the public may see it: transcoded and published. The one definition of a public
     * video; every page, list, feed and index asks it.
     */
    public boolean isPublic() {
        return status == VideoStatus.READY && editorial == VideoEditorialStatus.PUBLISHED;
    }

    public String mediaKey(String file) {
        return mediaPrefix + "/" + file;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** The Mongolian title, {@code null} when the video has no Mongolian version. */
    public String getTitleMn() {
        return titleMn;
    }

    public String getSummaryMn() {
        return summaryMn;
    }

    /** Whether the published metadata has a Mongolian version. */
    public boolean hasMongolian() {
        return titleMn != null && !titleMn.isBlank();
    }

    /** The title a page in {@code lang} shows: the Mongolian one on a Mongolian page when there is one. */
    public String titleIn(String lang) {
        return textLang(lang).equals("mn") ? titleMn : title;
    }

    /** The summary a page in {@code lang} shows, with the title: both from the same version. */
    public String summaryIn(String lang) {
        return textLang(lang).equals("mn") ? (summaryMn == null ? "" : summaryMn) : summary;
    }

    /** The language {@link #titleIn} answers in for a page in {@code lang}: {@code mn} or {@code zh}. */
    public String textLang(String lang) {
        return "mn".equals(lang) && hasMongolian() ? "mn" : "zh";
    }

    public Long getColumnId() {
        return columnId;
    }

    public String getTownCode() {
        return townCode;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getMediaPrefix() {
        return mediaPrefix;
    }

    public VideoStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getReason() {
        return reason;
    }

    /**
     * Why the file was refused as a message code and its arguments, separated by {@code |}
     * ({@code media.rejected.TOO_LONG|754.3|600}); {@code null} when there is none (a failure, or older rows).
     */
    public String getReasonCode() {
        return reasonCode;
    }

    public boolean isPublished() {
        return published;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<VideoRendition> getRenditions() {
        return List.copyOf(renditions);
    }

    public List<String> getAudienceCodes() {
        return audiences.stream().map(VideoAudience::audienceCode).toList();
    }

    public VideoEditorialStatus getEditorial() {
        return editorial;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<String> getTags() {
        return tags == null || tags.isBlank() ? List.of() : List.of(tags.split(","));
    }

    public List<VideoChapter> getChapters() {
        return VideoChapter.parse(chapters);
    }

    /** The stored image folder of a poster an editor chose, {@code null} for the one the transcoder made. */
    public String getPosterKey() {
        return posterKey;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    /** Why a reviewer returned it, for its author; {@code null} when it was not returned. */
    public String getReviewReason() {
        return reviewReason;
    }

    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    /** The revision holding a correction of the published metadata, {@code null} when none. */
    public Integer getCorrectionRevision() {
        return correctionRevision;
    }

    public boolean isCorrectionInReview() {
        return correctionInReview;
    }

    /** The published metadata. */
    public VideoMetadata metadata() {
        return new VideoMetadata(
                title,
                summary,
                columnId,
                townCode,
                getAudienceCodes(),
                getTags(),
                getChapters(),
                publishAt,
                titleMn,
                summaryMn);
    }

    /** Limits narrower than the platform's, such as a contest's. */
    public VideoLimits limits() {
        return new VideoLimits(maxDurationSeconds, maxSizeMb, minShortSide);
    }
}
