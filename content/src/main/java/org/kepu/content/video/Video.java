package org.kepu.content.video;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A micro-video: its uploaded source, its transcoding state and the renditions it yielded. */
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
    private Long columnId;
    private String townCode;
    private Long ownerId;
    private String sourceKey;
    private String mediaPrefix;
    private VideoStatus status;
    private int progress;
    private String reason;
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

    @MappedCollection(idColumn = "video_id")
    private Set<VideoAudience> audiences = new LinkedHashSet<>();

    @MappedCollection(idColumn = "video_id", keyColumn = "idx")
    private List<VideoRendition> renditions = new ArrayList<>();

    Video() {}

    static Video uploaded(NewVideo upload, Instant now) {
        Video video = new Video();
        video.title = upload.title();
        video.summary = upload.summary();
        video.columnId = upload.columnId();
        video.townCode = upload.townCode();
        video.ownerId = upload.ownerId();
        video.sourceKey = upload.sourceKey();
        video.status = VideoStatus.PROCESSING;
        video.published = upload.publish();
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
        mediaPrefix = media.mediaPrefix();
        width = media.width();
        height = media.height();
        durationSeconds = media.durationSeconds();
        renditions = new ArrayList<>(media.renditions());
        if (published && publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    void stopped(VideoStatus outcome, String why, Instant now) {
        status = outcome;
        reason = why;
        updatedAt = now;
    }

    /** Transcoded and servable, published or not. */
    public boolean isPlayable() {
        return status == VideoStatus.READY;
    }

    /** Whether the public may see it: transcoded and published. */
    public boolean isPublic() {
        return status == VideoStatus.READY && published;
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

    /** Limits narrower than the platform's, such as a contest's. */
    public VideoLimits limits() {
        return new VideoLimits(maxDurationSeconds, maxSizeMb, minShortSide);
    }
}
