package org.kepu.content.video;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change of a published video's caption track in one language, held for review with the video's
 * correction revision {@code revision}: the public keeps the published track until it is approved.
 *
 * @param blobKey the new track as UTF-8 WebVTT, or {@code null} when the change removes the track
 * @param state {@code PENDING}, {@code APPLIED} (approved and published) or {@code REPLACED} (a later change of the
 *     language took its place before review)
 */
@Table("video_caption_change")
public record CaptionChange(
        @Id Long id,
        long videoId,
        String language,
        int revision,
        String blobKey,
        int cueCount,
        String editor,
        Instant createdAt,
        String state,
        Instant decidedAt) {

    static final String PENDING = "PENDING";
    static final String APPLIED = "APPLIED";
    static final String REPLACED = "REPLACED";

    public boolean isRemoval() {
        return blobKey == null;
    }

    public boolean isPending() {
        return PENDING.equals(state);
    }

    CaptionChange decided(String newState, Instant at) {
        return new CaptionChange(id, videoId, language, revision, blobKey, cueCount, editor, createdAt, newState, at);
    }
}
