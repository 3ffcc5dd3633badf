package org.kepu.content.video;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.kepu.content.blob.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Caption changes of published videos waiting for review: their WebVTT in the blob store beside the
 * published tracks, one pending change per language (a newer one replaces it), the rows kept as history.
 */
@Component
class PendingCaptions {

    private final CaptionChangeRepository changes;
    private final BlobStore blobs;
    private final Clock clock;

    PendingCaptions(CaptionChangeRepository changes, BlobStore blobs, Clock clock) {
        this.changes = changes;
        this.blobs = blobs;
        this.clock = clock;
    }

    List<CaptionChange> of(long videoId) {
        return changes.findByVideoIdAndStateOrderByLanguage(videoId, CaptionChange.PENDING);
    }

    List<CaptionChange> history(long videoId) {
        return changes.findByVideoIdOrderByCreatedAtDescIdDesc(videoId);
    }

    /** Holds the track (null: the removal of the language's track) for review with the correction {@code revision}. */
    CaptionChange hold(long videoId, String language, int revision, CaptionTrack track, String editor) {
        end(videoId, language, CaptionChange.REPLACED);
        String key = null;
        if (track != null) {
            key = "videos/" + videoId + "/captions/pending/" + language + "-" + clock.millis() + ".vtt";
            blobs.put(key, new ByteArrayInputStream(track.toWebVtt().getBytes(StandardCharsets.UTF_8)), "text/vtt");
        }
        return changes.save(new CaptionChange(
                null,
                videoId,
                language,
                revision,
                key,
                track == null ? 0 : track.cues().size(),
                editor,
                clock.instant(),
                CaptionChange.PENDING,
                null));
    }

    /** The change was published: its blob now belongs to the published track. */
    void applied(CaptionChange change) {
        changes.save(change.decided(CaptionChange.APPLIED, clock.instant()));
    }

    /** Ends every pending change of the video, e.g. when it goes offline and captions are changed directly again. */
    void dropAll(long videoId) {
        of(videoId).forEach(change -> end(change, CaptionChange.REPLACED));
    }

    String text(CaptionChange change) {
        try (InputStream in = blobs.open(change.blobKey())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void end(long videoId, String language, String state) {
        of(videoId).stream().filter(c -> c.language().equals(language)).forEach(c -> end(c, state));
    }

    private void end(CaptionChange change, String state) {
        if (change.blobKey() != null) {
            blobs.delete(change.blobKey());
        }
        changes.save(change.decided(state, clock.instant()));
    }
}
