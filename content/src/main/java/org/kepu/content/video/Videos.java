package org.kepu.content.video;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The micro-videos of the platform, from upload through transcoding to the public. */
@Service
public class Videos {

    private final VideoRepository repository;
    private final VideoRevisionRepository revisions;
    private final JobQueue jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VideoSettings settings;

    Videos(
            VideoRepository repository,
            VideoRevisionRepository revisions,
            JobQueue jobs,
            ApplicationEventPublisher events,
            Clock clock,
            VideoSettings settings) {
        this.repository = repository;
        this.revisions = revisions;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Records an uploaded video and, in the same transaction, enqueues its transcoding. Its
     * metadata is its first revision; a creator's video is submitted for review at once.
     *
     * @throws TooManyUnfinishedVideos if its owner has as many videos in transcoding as allowed
     */
    @Transactional
    public Video submit(NewVideo upload) {
        if (upload.ownerId() != null) {
            // one owner's submissions are serialized, so two at once cannot both pass the cap
            repository.lockAccount(upload.ownerId());
            requireRoomFor(upload.ownerId());
        }
        String uploader = upload.ownerId() == null ? "system" : repository.findUsername(upload.ownerId());
        Video video = repository.save(Video.uploaded(upload, uploader, clock.instant()));
        jobs.enqueueOnce(Jobs.TRANSCODE_VIDEO, "video-" + video.getId(), video.getId());
        if (upload.route() != VideoRoute.CONTEST_ENTRY) {
            revisions.save(VideoRevision.of(video.getId(), 1, video.metadata(), uploader, "上传", clock.instant()));
            events.publishEvent(
                    upload.route() == VideoRoute.REVIEW
                            ? new VideoSubmitted(video.getId(), uploader, "上传后提交审核")
                            : new VideoUploaded(video.getId(), uploader, video.getTitle()));
        }
        return video;
    }

    /**
     * Refuses early, before an upload is used up, when the account may not add another video now.
     *
     * @throws TooManyUnfinishedVideos if it has as many videos in transcoding as allowed
     */
    @Transactional(readOnly = true)
    public void requireRoomFor(long ownerId) {
        if (repository.countByOwnerIdAndStatus(ownerId, VideoStatus.PROCESSING) >= settings.maxUnfinishedPerAccount()) {
            throw new TooManyUnfinishedVideos(settings.maxUnfinishedPerAccount());
        }
    }

    @Transactional
    public void progressed(long id, int percent) {
        repository.updateProgress(id, Math.max(0, Math.min(100, percent)));
    }

    /** Notes where a transcode is about to upload, so that a later run can remove what it left. */
    @Transactional
    public void uploadingTo(long id, String mediaPrefix) {
        repository.updatePendingMediaPrefix(id, mediaPrefix);
    }

    /** Where an earlier, unfinished run of the transcode uploaded to (nothing points there). */
    @Transactional(readOnly = true)
    public Optional<String> abandonedMedia(long id) {
        return Optional.ofNullable(repository.findPendingMediaPrefix(id));
    }

    /**
     * Takes a new file for a transcoded video, keeping its page, URL and statistics: it is transcoded
     * to a fresh prefix while the current renditions stay online.
     *
     * @throws org.kepu.content.editorial.EditorialRuleBroken if the video is a contest entry's or still
     *     busy with a file
     */
    @Transactional
    public Video replaceSource(long id, String newSourceKey, String actor) {
        Video video = get(id);
        if (video.getEditorial() == VideoEditorialStatus.CONTEST_ENTRY) {
            throw new EditorialRuleBroken("video.editorial.contest-entry");
        }
        if (video.isAwaitingTranscode()) {
            throw new EditorialRuleBroken("video.editorial.replace-while-transcoding");
        }
        video.replacing(newSourceKey, clock.instant());
        Video saved = repository.save(video);
        jobs.enqueueOnce(Jobs.TRANSCODE_VIDEO, "video-" + id + "-r" + clock.millis(), id);
        events.publishEvent(new VideoFileReplaced(id, actor, null));
        return saved;
    }

    /**
     * Switches the video to new renditions in one update; a published one is reindexed (see
     * {@link VideoTranscoded}). The renditions and source a replacement makes obsolete leave the store
     * after commit.
     */
    @Transactional
    public Video transcoded(long id, TranscodedMedia media) {
        Video video = get(id);
        String oldPrefix = video.getMediaPrefix();
        String oldSource = video.getReplacementSourceKey() != null ? video.getSourceKey() : null;
        video.transcoded(media, clock.instant());
        if (oldSource != null) {
            events.publishEvent(new ObsoleteMedia(
                    oldPrefix == null || oldPrefix.equals(media.mediaPrefix()) ? List.of() : List.of(oldPrefix),
                    List.of(oldSource)));
        }
        Video saved = repository.save(video);
        repository.updatePendingMediaPrefix(id, null);
        events.publishEvent(new VideoTranscoded(id, media.mediaPrefix(), saved.isPublic()));
        return saved;
    }

    /**
     * The frame a worker took for {@code request} is now {@code mediaPrefix}'s poster; the poster an
     * editor uploaded before, if any, leaves the store. False when the video has other media by now
     * (a new file), whose poster stays.
     */
    @Transactional
    public boolean posterGrabbed(PosterFrame request, String mediaPrefix) {
        Video video = get(request.videoId());
        if (!mediaPrefix.equals(video.getMediaPrefix())) {
            return false;
        }
        String previous = video.getPosterKey();
        video.posterChosen(null, clock.instant());
        repository.save(video);
        if (previous != null) {
            events.publishEvent(new ObsoleteMedia(List.of(previous), List.of()));
        }
        events.publishEvent(new VideoPosterChanged(request.videoId(), request.actor(), "视频画面 " + request.moment()));
        return true;
    }

    /** The source breaks the rules; {@code reason} is shown to the creator. */
    @Transactional
    public void rejected(long id, String reason) {
        stop(id, VideoStatus.REJECTED, reason, null);
    }

    /**
     * The source breaks the rules: {@code reason} in Chinese, {@code reasonCode} the same as a message code and its
     * arguments ({@link Video#getReasonCode}) for pages in other languages.
     */
    @Transactional
    public void rejected(long id, String reason, String reasonCode) {
        stop(id, VideoStatus.REJECTED, reason, reasonCode);
    }

    /** Transcoding failed for a reason that is not the creator's. */
    @Transactional
    public void failed(long id, String reason) {
        stop(id, VideoStatus.FAILED, reason, null);
    }

    @Transactional(readOnly = true)
    public Optional<Video> find(long id) {
        return repository.findById(id);
    }

    /** These videos, by id; ids that do not exist are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Video> byIds(Collection<Long> ids) {
        Map<Long, Video> byId = new HashMap<>();
        repository.findAllById(ids).forEach(video -> byId.put(video.getId(), video));
        return byId;
    }

    @Transactional(readOnly = true)
    public List<Video> latest() {
        return repository.latestPublic();
    }

    @Transactional(readOnly = true)
    public Page<Video> inColumn(long columnId, Pageable page) {
        return new PageImpl<>(
                repository.publicInColumn(columnId, page.getPageSize(), page.getOffset()),
                page,
                repository.countPublicInColumn(columnId));
    }

    /** The latest videos an account uploaded, whatever their state. */
    @Transactional(readOnly = true)
    public List<Video> ownedBy(long ownerId) {
        return repository.findTop50ByOwnerIdOrderByCreatedAtDesc(ownerId);
    }

    @Transactional(readOnly = true)
    public List<Video> allPublic() {
        return repository.findByStatusAndPublishedTrueOrderByPublishedAtDesc(VideoStatus.READY);
    }

    /**
     * Up to {@code limit} transcoded videos with an id above {@code afterId}, by id, published or
     * not: one page of a walk over all, whose caller keeps the {@link Video#isPublic() public} ones.
     */
    @Transactional(readOnly = true)
    public List<Video> playableAfter(long afterId, int limit) {
        return repository.findByStatusAndIdGreaterThanOrderByIdAsc(VideoStatus.READY, afterId, Limit.of(limit));
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Stops a first transcode, or drops a replacement file while the video keeps its renditions. */
    private void stop(long id, VideoStatus outcome, String reason, String reasonCode) {
        Video video = get(id);
        String replacement = video.getReplacementSourceKey();
        if (replacement != null) {
            video.replacementStopped(reason, reasonCode, clock.instant());
            events.publishEvent(new ObsoleteMedia(List.of(), List.of(replacement)));
        } else {
            video.stopped(outcome, reason, reasonCode, clock.instant());
        }
        repository.save(video);
    }

    private Video get(long id) {
        return repository.findById(id).orElseThrow(() -> new VideoNotFound(id));
    }
}
