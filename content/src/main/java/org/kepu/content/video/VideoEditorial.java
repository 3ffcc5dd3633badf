package org.kepu.content.video;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.kepu.content.ContentEvent;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.editorial.EditorialSettings;
import org.kepu.content.editorial.FourEyes;
import org.kepu.content.editorial.Review;
import org.kepu.content.editorial.ReviewDecision;
import org.kepu.content.editorial.SensitiveWords;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.kepu.content.text.MongolianText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow of videos, with the rules of articles ({@code Editorial}): metadata saves
 * are revisions; review at {@code kepu.editorial.review-levels} with the four-eyes rule; sensitive
 * words in title, summary and captions block an approval unless overridden; publication now or at
 * a time; corrections of a published video reviewed while the public keeps the published metadata;
 * take offline; delete. A video can be approved only once transcoded. Contest entries' videos stay
 * out: their entry decides. Roles are the portal's to check.
 */
@Service
public class VideoEditorial extends Review<Video> {

    private final VideoRepository videos;
    private final VideoRevisionRepository revisions;
    private final VideoReviewRepository reviews;
    private final Captions captions;
    private final BlobStore blobs;
    private final SensitiveWords sensitiveWords;
    private final JobQueue jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VideoEditorial(
            VideoRepository videos,
            VideoRevisionRepository revisions,
            VideoReviewRepository reviews,
            Captions captions,
            BlobStore blobs,
            SensitiveWords sensitiveWords,
            JobQueue jobs,
            ApplicationEventPublisher events,
            EditorialSettings settings,
            Clock clock) {
        super(FourEyes.Kind.VIDEO, "video.editorial.", settings, events, clock);
        this.videos = videos;
        this.revisions = revisions;
        this.reviews = reviews;
        this.captions = captions;
        this.blobs = blobs;
        this.sensitiveWords = sensitiveWords;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves new metadata as a revision. A draft or an offline video takes it at once (an offline one
     * becomes a draft again); a published video keeps its metadata and holds the new one aside as a
     * correction to be reviewed.
     */
    @Transactional
    public Video describe(long id, VideoMetadata metadata, String editor) {
        Video video = editable(id);
        requireTitle(metadata);
        int number = currentRevision(id) + 1;
        revisions.save(VideoRevision.of(id, number, metadata, editor, null, clock.instant()));
        if (video.getEditorial() == VideoEditorialStatus.PUBLISHED) {
            if (video.isCorrectionInReview()) {
                throw new EditorialRuleBroken("video.editorial.correction-in-review-edit");
            }
            video.correctionSaved(number, clock.instant());
            Video saved = videos.save(video);
            events.publishEvent(new VideoCorrectionSaved(id, editor, metadata.title()));
            return saved;
        }
        if (video.getEditorial() != VideoEditorialStatus.DRAFT
                && video.getEditorial() != VideoEditorialStatus.OFFLINE) {
            throw new EditorialRuleBroken("video.editorial.locked");
        }
        if (video.getEditorial() == VideoEditorialStatus.OFFLINE) {
            video.reopened(clock.instant());
        }
        video.described(metadata, clock.instant());
        Video saved = videos.save(video);
        events.publishEvent(new VideoRevised(id, editor, metadata.title()));
        return saved;
    }

    /** Submits a draft (or an offline video) for review, or the correction of a published one. */
    @Transactional
    public Video submit(long id, String editor) {
        Video video = editable(id);
        if (video.getEditorial() == VideoEditorialStatus.PUBLISHED && video.getCorrectionRevision() != null) {
            if (video.isCorrectionInReview()) {
                throw new EditorialRuleBroken("video.editorial.correction-in-review");
            }
            video.correctionSubmitted(editor, clock.instant());
            Video saved = videos.save(video);
            events.publishEvent(new VideoCorrectionSubmitted(id, editor, "第 " + currentRevision(id) + " 版"));
            return saved;
        }
        if (video.getEditorial() != VideoEditorialStatus.DRAFT
                && video.getEditorial() != VideoEditorialStatus.OFFLINE) {
            throw new EditorialRuleBroken("video.editorial.cannot-submit");
        }
        video.submitted(editor, clock.instant());
        Video saved = videos.save(video);
        events.publishEvent(new VideoSubmitted(id, editor, "第 " + currentRevision(id) + " 版"));
        return saved;
    }

    /** Takes a published or scheduled video off the site; it leaves search and lists within seconds. */
    @Transactional
    public Video withdraw(long id, String actor) {
        Video video = get(id);
        if (video.getEditorial() != VideoEditorialStatus.PUBLISHED
                && video.getEditorial() != VideoEditorialStatus.SCHEDULED) {
            throw new EditorialRuleBroken("video.editorial.cannot-withdraw");
        }
        video.offline(clock.instant());
        Video saved = videos.save(video);
        events.publishEvent(new VideoWithdrawn(id, actor, null));
        return saved;
    }

    /**
     * Makes a stored image (an upload of the portal's image pipeline, {@code imageKey} inside
     * {@code imageFolder}) the poster, at once: like the file, the poster is media, not reviewed
     * metadata. A new file brings the transcoder's poster back.
     */
    @Transactional
    public Video choosePoster(long id, String imageKey, String imageFolder, String actor) {
        Video video = editable(id);
        if (!video.isPlayable()) {
            throw new EditorialRuleBroken("video.editorial.poster-before-transcoded");
        }
        try (InputStream image = blobs.open(imageKey)) {
            blobs.put(video.mediaKey(Video.POSTER), image, "image/jpeg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String previous = video.getPosterKey();
        video.posterChosen(imageFolder, clock.instant());
        Video saved = videos.save(video);
        if (previous != null && !previous.equals(imageFolder)) {
            events.publishEvent(new ObsoleteMedia(List.of(previous), List.of()));
        }
        events.publishEvent(new VideoPosterChanged(id, actor, null));
        return saved;
    }

    /**
     * Asks a media worker for the frame at {@code at} as the poster; it shows once the worker has
     * taken it ({@link Videos#posterGrabbed}). A moment past the end gives the last frame.
     */
    @Transactional
    public void posterFromFrame(long id, Duration at, String actor) {
        Video video = editable(id);
        if (!video.isPlayable()) {
            throw new EditorialRuleBroken("video.editorial.poster-before-transcoded");
        }
        if (at.isNegative() || (video.getDurationSeconds() != null && at.toSeconds() > video.getDurationSeconds())) {
            throw new EditorialRuleBroken("video.editorial.poster-time");
        }
        jobs.enqueue(Jobs.GRAB_POSTER, new PosterFrame(id, at, actor).text());
    }

    /** Deletes the video with its revisions, reviews and captions; its media leave the store after commit. */
    @Transactional
    public void delete(long id, String actor) {
        Video video = editable(id);
        if (video.isAwaitingTranscode()) {
            // a running transcode would upload renditions after the delete, which nothing removes then
            throw new EditorialRuleBroken("video.editorial.delete-while-transcoding");
        }
        List<String> keys = Stream.of(video.getSourceKey(), video.getReplacementSourceKey())
                .filter(Objects::nonNull)
                .toList();
        List<String> prefixes = Stream.of("videos/" + id, video.getPosterKey())
                .filter(Objects::nonNull)
                .toList();
        videos.delete(video);
        events.publishEvent(new VideoDeleted(id, actor, video.getTitle(), prefixes, keys));
    }

    /** The metadata waiting for review or being edited: the correction's while there is one. */
    @Transactional(readOnly = true)
    public VideoMetadata pendingMetadata(Video video) {
        return video.getCorrectionRevision() == null
                ? video.metadata()
                : revisionOf(video.getId(), video.getCorrectionRevision()).metadata();
    }

    /**
     * What a reviewer checks: a correction against the published metadata, otherwise the newest
     * revision against the one before.
     */
    @Transactional(readOnly = true)
    public List<VideoRevision.Change> changesToReview(Video video) {
        List<VideoRevision> all = revisions(video.getId());
        if (all.isEmpty()) {
            return List.of();
        }
        if (video.getCorrectionRevision() != null) {
            VideoRevision published =
                    VideoRevision.of(video.getId(), 0, video.metadata(), "", null, video.getUpdatedAt());
            return all.get(0).changesSince(published);
        }
        return all.size() < 2 ? List.of() : all.get(0).changesSince(all.get(1));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> sensitiveIn(Video video) {
        VideoMetadata pending = pendingMetadata(video);
        List<String> texts =
                new ArrayList<>(List.of(pending.title(), pending.summary(), pending.titleMn(), pending.summaryMn()));
        texts.addAll(captions.texts(video.getId()));
        return sensitiveWords.foundIn(texts.toArray(String[]::new));
    }

    @Transactional(readOnly = true)
    public List<VideoRevision> revisions(long id) {
        return revisions.findByVideoIdOrderByNumberDesc(id);
    }

    @Transactional(readOnly = true)
    public List<VideoReview> reviews(long id) {
        return reviews.findByVideoIdOrderByCreatedAtDescIdDesc(id);
    }

    /** The videos outside contests for the back office, latest change first, at most 200. */
    @Transactional(readOnly = true)
    public List<Video> list(VideoFilter filter) {
        return videos.search(
                filter.editorial() == null ? null : filter.editorial().name(),
                filter.columnId(),
                filter.townCode(),
                filter.text() == null ? null : "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
    }

    /** Videos waiting for this reviewer: in review, transcoded, and theirs to approve. */
    @Transactional(readOnly = true)
    public List<Video> reviewQueueOf(String reviewer) {
        return videos.findInReview().stream()
                .filter(Video::isPlayable)
                .filter(v -> mayApprove(v, reviewer))
                .toList();
    }

    private static void requireTitle(VideoMetadata metadata) {
        if (metadata.title().isEmpty() || metadata.title().length() > 200) {
            throw new EditorialRuleBroken("video.editorial.title");
        }
        if (metadata.summary().length() > 500) {
            throw new EditorialRuleBroken("video.editorial.summary");
        }
        if (metadata.titleMn().length() > 200 || (!metadata.summaryMn().isEmpty() && !metadata.hasMongolian())) {
            throw new EditorialRuleBroken("video.editorial.title-mn");
        }
        if (metadata.summaryMn().length() > 500) {
            throw new EditorialRuleBroken("video.editorial.summary-mn");
        }
        // refused, never converted: see MongolianText
        for (String text : List.of(metadata.title(), metadata.summary(), metadata.titleMn(), metadata.summaryMn())) {
            if (!MongolianText.isUnicode(text)) {
                throw new EditorialRuleBroken("kepu.text.legacyMongolian");
            }
        }
    }

    @Override
    protected int currentRevision(long id) {
        return revisions
                .findFirstByVideoIdOrderByNumberDesc(id)
                .map(VideoRevision::number)
                .orElse(0);
    }

    private VideoRevision revisionOf(long id, int number) {
        return revisions
                .findByVideoIdAndNumber(id, number)
                .orElseThrow(() -> new EditorialRuleBroken("video.editorial.no-revision", number));
    }

    /** A video outside contests: a contest entry's video is changed with its entry. */
    private Video editable(long id) {
        Video video = get(id);
        if (video.getEditorial() == VideoEditorialStatus.CONTEST_ENTRY) {
            throw new EditorialRuleBroken("video.editorial.contest-entry");
        }
        return video;
    }

    private Video get(long id) {
        return videos.findById(id).orElseThrow(() -> new VideoNotFound(id));
    }

    @Override
    protected Video item(long id) {
        return get(id);
    }

    @Override
    protected Optional<Video> find(long id) {
        return videos.findById(id);
    }

    @Override
    protected Video save(Video video) {
        return videos.save(video);
    }

    @Override
    protected long idOf(Video video) {
        return video.getId();
    }

    @Override
    protected Stage stage(Video video) {
        return switch (video.getEditorial()) {
            case IN_REVIEW -> Stage.IN_REVIEW;
            case SCHEDULED -> Stage.SCHEDULED;
            case PUBLISHED -> video.isCorrectionInReview() ? Stage.CORRECTION_IN_REVIEW : Stage.OTHER;
            default -> Stage.OTHER;
        };
    }

    @Override
    protected People people(Video video) {
        return new People(video.getCreatedBy(), video.getSubmittedBy(), video.getApprovedRevision());
    }

    @Override
    protected List<FourEyes.Change> changes(long id) {
        return revisions.findByVideoIdOrderByNumberDesc(id).stream()
                .map(r -> new FourEyes.Change(r.number(), r.editor()))
                .toList();
    }

    @Override
    protected List<String> approvers(long id, int revision) {
        return reviews.findByVideoIdAndRevisionAndDecisionOrderByLevel(id, revision, ReviewDecision.APPROVED).stream()
                .map(VideoReview::reviewer)
                .toList();
    }

    @Override
    protected void recordDecision(
            long id, int revision, int level, String reviewer, ReviewDecision decision, String reason) {
        reviews.save(new VideoReview(null, id, revision, level, reviewer, decision, reason, clock.instant()));
    }

    /** A video can be approved only once transcoded: the public would get a page without a player. */
    @Override
    protected void checkApprovable(Video video) {
        if (!video.isPlayable()) {
            throw new EditorialRuleBroken("video.editorial.not-transcoded");
        }
    }

    @Override
    protected void approvedAt(Video video, int revision) {
        video.approvedAt(revision);
    }

    @Override
    protected void correctionApproved(Video video, int revision, Instant now) {
        video.correctionApproved(
                revisionOf(video.getId(), video.getCorrectionRevision()).metadata(), now);
    }

    @Override
    protected Instant publishAt(Video video) {
        return video.getPublishAt();
    }

    @Override
    protected void scheduled(Video video, Instant now) {
        video.scheduled(now);
    }

    @Override
    protected void enqueuePublication(Video saved, Instant at) {
        jobs.enqueueAt(
                Jobs.PUBLISH_VIDEO, "video-" + saved.getId() + "-" + saved.getApprovedRevision(), saved.getId(), at);
    }

    @Override
    protected void published(Video video, Instant now) {
        video.publish(now);
    }

    @Override
    protected void returned(Video video, String reason, Instant now) {
        video.rejected(reason, now);
    }

    @Override
    protected void correctionReturned(Video video, String reason, Instant now) {
        video.correctionRejected(reason, now);
    }

    @Override
    protected ContentEvent event(Step step, long id, String actor, String detail) {
        return switch (step) {
            case APPROVED -> new VideoApproved(id, actor, detail);
            case SENSITIVE_WORDS_OVERRIDDEN -> new VideoSensitiveWordsOverridden(id, actor, detail);
            case PUBLISHED -> new VideoPublished(id, actor, detail);
            case SCHEDULED -> new VideoScheduled(id, actor, detail);
            case CORRECTED -> new VideoCorrected(id, actor, detail);
            case RETURNED -> new VideoRejected(id, actor, detail);
            case CORRECTION_RETURNED -> new VideoCorrectionRejected(id, actor, detail);
        };
    }
}
