package org.kepu.content.video;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of caption tracks as the editorial rules want them. Captions of a video that is not
 * published (a draft, in review, offline) change at once, as uploads always did. Captions of a
 * published video are a revision: the change is held as a correction of the video ({@link
 * VideoEditorial#correctCaptions}), reviewed at the same levels and under the same four-eyes rule as
 * changed metadata, with the sensitive-word check on its text; the public keeps the published track
 * until the correction is approved, and the editor's work stays when it is returned.
 */
@Service
public class CaptionRevisions {

    private final VideoRepository videos;
    private final Captions captions;
    private final PendingCaptions pending;
    private final VideoEditorial editorial;

    CaptionRevisions(VideoRepository videos, Captions captions, PendingCaptions pending, VideoEditorial editorial) {
        this.videos = videos;
        this.captions = captions;
        this.pending = pending;
        this.editorial = editorial;
    }

    /** What a change came to: the published track, or the change held for review. */
    public record Outcome(Caption caption, CaptionChange change) {

        public boolean isPending() {
            return change != null;
        }
    }

    /**
     * Reads and checks the file (WebVTT or SRT, UTF-8 or GBK) and stores it, or holds it for review
     * when the video is published.
     *
     * @throws InvalidCaption with every problem, nothing stored
     */
    @Transactional
    public Outcome change(long videoId, String language, byte[] content, String actor) {
        Video video = get(videoId);
        if (!isReviewed(video)) {
            return new Outcome(captions.upload(videoId, language, content, actor), null);
        }
        if (!Captions.supports(language)) {
            throw new InvalidCaption("video.caption.language");
        }
        CaptionTrack track = CaptionParser.parse(content, video.getDurationSeconds());
        int revision = editorial.correctCaptions(videoId, language, false, actor);
        return new Outcome(null, pending.hold(videoId, language, revision, track, actor));
    }

    /** What a removal came to. */
    public enum Removal {
        /** There was no track in the language. */
        NONE,
        REMOVED,
        /** The video is published: the removal waits for review. */
        HELD
    }

    /** Removes the track, or holds its removal for review when the video is published. */
    @Transactional
    public Removal remove(long videoId, String language, String actor) {
        Video video = get(videoId);
        if (!isReviewed(video)) {
            return captions.remove(videoId, language, actor) ? Removal.REMOVED : Removal.NONE;
        }
        if (captions.find(videoId, language).isEmpty()) {
            return Removal.NONE;
        }
        int revision = editorial.correctCaptions(videoId, language, true, actor);
        pending.hold(videoId, language, revision, null, actor);
        return Removal.HELD;
    }

    /** The changes waiting for review, by language. */
    @Transactional(readOnly = true)
    public List<CaptionChange> pending(long videoId) {
        return pending.of(videoId);
    }

    /** Every change held for review, newest first, with what became of it. */
    @Transactional(readOnly = true)
    public List<CaptionChange> history(long videoId) {
        return pending.history(videoId);
    }

    /**
     * The WebVTT an editor works on: the language's pending change when there is one, else its
     * published track, else nothing.
     */
    @Transactional(readOnly = true)
    public String editable(long videoId, String language) {
        return pending.of(videoId).stream()
                .filter(c -> c.language().equals(language) && !c.isRemoval())
                .findFirst()
                .map(pending::text)
                .orElseGet(() ->
                        captions.find(videoId, language).map(captions::webVtt).orElse(""));
    }

    /** The WebVTT of a pending change; empty for a removal. */
    @Transactional(readOnly = true)
    public String text(CaptionChange change) {
        return change.isRemoval() ? "" : pending.text(change);
    }

    /** The cues a change would publish, for the reviewer's comparison. */
    @Transactional(readOnly = true)
    public List<CaptionCue> cues(CaptionChange change) {
        return change.isRemoval()
                ? List.of()
                : CaptionParser.parse(pending.text(change).getBytes(StandardCharsets.UTF_8), null)
                        .cues();
    }

    /** An approved correction publishes the caption changes it holds, in its transaction. */
    @EventListener
    void on(VideoCorrected corrected) {
        for (CaptionChange change : pending.of(corrected.videoId())) {
            if (change.isRemoval()) {
                captions.remove(change.videoId(), change.language(), corrected.actor());
            } else {
                captions.adopt(change.videoId(), change.language(), change.blobKey(), corrected.actor());
            }
            pending.applied(change);
        }
    }

    /** Offline, the video's captions change directly again: a held change has nothing left to wait for. */
    @EventListener
    void on(VideoWithdrawn withdrawn) {
        pending.dropAll(withdrawn.videoId());
    }

    /** Published: what the public sees changes only through review. */
    private static boolean isReviewed(Video video) {
        return video.getEditorial() == VideoEditorialStatus.PUBLISHED;
    }

    private Video get(long id) {
        return videos.findById(id).orElseThrow(() -> new VideoNotFound(id));
    }
}
