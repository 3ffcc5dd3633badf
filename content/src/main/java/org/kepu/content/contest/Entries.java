package org.kepu.content.contest;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kepu.content.upload.Upload;
import org.kepu.content.upload.UploadNotFound;
import org.kepu.content.upload.UploadRejected;
import org.kepu.content.upload.Uploads;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.TooManyUnfinishedVideos;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoLimits;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contest entries from submission through screening (初审). Every rule is checked here, on the
 * server, against the contest's dates and limits; a creator reaches only their own entries.
 */
@Service
public class Entries {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ANON_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final JdbcClient jdbc;
    private final Contests contests;
    private final Videos videos;
    private final Uploads uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Entries(
            JdbcClient jdbc,
            Contests contests,
            Videos videos,
            Uploads uploads,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.videos = videos;
        this.uploads = uploads;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new entry with the creator's finished upload as its video; the upload is used up only if
     * the entry is saved.
     */
    @Transactional
    public Entry submit(long contestId, long creatorId, EntryDraft draft, String uploadId) {
        return create(contestId, creatorId, draft, () -> upload(uploadId, creatorId));
    }

    /** Puts the creator's finished upload in place as the entry's video, until the deadline. */
    @Transactional
    public Entry replaceVideo(long entryId, long creatorId, String uploadId) {
        owned(entryId, creatorId);
        return replaceVideo(entryId, creatorId, upload(uploadId, creatorId));
    }

    private EntryVideo upload(String uploadId, long creatorId) {
        if (uploadId == null || uploadId.isBlank()) {
            throw ContestRuleBroken.at("uploadId", "contest.entry.upload-required");
        }
        try {
            Upload upload = uploads.use(uploadId, creatorId);
            return new EntryVideo(upload.getBlobKey(), upload.getFileName(), upload.getLength());
        } catch (UploadRejected e) {
            throw ContestRuleBroken.at("uploadId", e.code(), e.getArguments());
        } catch (UploadNotFound e) {
            throw ContestRuleBroken.at("uploadId", "contest.entry.upload-missing");
        }
    }

    /** A new entry with its video, whose transcoding is enqueued in the same transaction. */
    @Transactional
    public Entry submit(long contestId, long creatorId, EntryDraft draft, EntryVideo video) {
        return create(contestId, creatorId, draft, () -> video);
    }

    /** The draft is checked before the video is asked for, so a refused draft uses up no upload. */
    private Entry create(long contestId, long creatorId, EntryDraft draft, Supplier<EntryVideo> videos) {
        Contest contest = contests.get(contestId);
        requireOpen(contest);
        EntryCheck.check(contest, draft, townExists(draft.townCode()));
        EntryVideo video = videos.get();
        EntryCheck.checkVideo(contest, video);
        // one creator's submissions are serialized, so two at once cannot both pass the limit
        jdbc.sql("select id from account where id = ? for update")
                .param(creatorId)
                .query(Long.class)
                .list();
        requireRoom(contest, creatorId);
        long videoId = submitVideo(contest, creatorId, draft.title(), video);
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into contest_entry (contest_id, creator_id, anon_code, title, summary, group_code,"
                        + " category_code, unit, town_code, team_members, minor, guardian_name, guardian_consent,"
                        + " originality, video_id, cover_key, status, created_at, updated_at, submitted_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                .params(
                        contestId,
                        creatorId,
                        anonCode(contestId),
                        draft.title(),
                        draft.summary(),
                        draft.groupCode(),
                        draft.categoryCode(),
                        draft.unit(),
                        draft.townCode(),
                        draft.teamMembers(),
                        draft.minor(),
                        draft.guardianName(),
                        draft.guardianConsent(),
                        draft.originality(),
                        videoId,
                        draft.coverKey(),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update(key, "id");
        long entryId = key.getKey().longValue();
        events.publishEvent(new EntrySubmitted(entryId, username(creatorId), draft.title()));
        return get(entryId);
    }

    /**
     * The checks of {@link #submit} that need no video, for a caller with costly work to do before
     * submitting (a cover image to decode): the phase, the draft and the creator's quota. Submitting
     * checks them again.
     */
    @Transactional(readOnly = true)
    public void checkSubmission(long contestId, long creatorId, EntryDraft draft) {
        Contest contest = contests.get(contestId);
        requireOpen(contest);
        EntryCheck.check(contest, draft, townExists(draft.townCode()));
        requireRoom(contest, creatorId);
    }

    /** The checks of {@link #update}, for a caller with costly work to do before updating (ownership first). */
    @Transactional(readOnly = true)
    public void checkUpdate(long entryId, long creatorId, EntryDraft draft) {
        Entry entry = owned(entryId, creatorId);
        Contest contest = contests.get(entry.contestId());
        requireOpen(contest);
        requireNotWithdrawn(entry);
        EntryCheck.check(contest, draft, townExists(draft.townCode()));
    }

    /**
     * Changes the details until the deadline. A returned or accepted entry goes back to screening,
     * so an editor sees what changed.
     */
    @Transactional
    public Entry update(long entryId, long creatorId, EntryDraft draft) {
        Entry entry = owned(entryId, creatorId);
        Contest contest = contests.get(entry.contestId());
        requireOpen(contest);
        requireNotWithdrawn(entry);
        EntryCheck.check(contest, draft, townExists(draft.townCode()));
        jdbc.sql("update contest_entry set title = ?, summary = ?, group_code = ?, category_code = ?, unit = ?,"
                        + " town_code = ?, team_members = ?, minor = ?, guardian_name = ?, guardian_consent = ?,"
                        + " originality = ?, cover_key = ?, status = 'PENDING', return_reason = null,"
                        + " updated_at = ?, submitted_at = ? where id = ?")
                .params(
                        draft.title(),
                        draft.summary(),
                        draft.groupCode(),
                        draft.categoryCode(),
                        draft.unit(),
                        draft.townCode(),
                        draft.teamMembers(),
                        draft.minor(),
                        draft.guardianName(),
                        draft.guardianConsent(),
                        draft.originality(),
                        draft.coverKey(),
                        Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()),
                        entryId)
                .update();
        events.publishEvent(
                new EntryUpdated(entryId, username(creatorId), draft.title(), entry.status() == EntryStatus.ACCEPTED));
        return get(entryId);
    }

    /** Puts a new video in place until the deadline; the entry goes back to screening. */
    @Transactional
    public Entry replaceVideo(long entryId, long creatorId, EntryVideo video) {
        Entry entry = owned(entryId, creatorId);
        Contest contest = contests.get(entry.contestId());
        requireOpen(contest);
        requireNotWithdrawn(entry);
        EntryCheck.checkVideo(contest, video);
        long videoId = submitVideo(contest, creatorId, entry.title(), video);
        jdbc.sql("update contest_entry set video_id = ?, status = 'PENDING', return_reason = null, updated_at = ?,"
                        + " submitted_at = ? where id = ?")
                .params(videoId, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), entryId)
                .update();
        events.publishEvent(new EntryVideoReplaced(
                entryId, username(creatorId), video.fileName(), entry.status() == EntryStatus.ACCEPTED));
        return get(entryId);
    }

    /** Takes an entry out of the contest; possible until judging ends. */
    @Transactional
    public Entry withdraw(long entryId, long creatorId) {
        Entry entry = owned(entryId, creatorId);
        Contest contest = contests.get(entry.contestId());
        ContestPhase phase = contest.phaseAt(clock.instant());
        if (phase == ContestPhase.PUBLICITY || phase == ContestPhase.RESULTS) {
            throw new ContestRuleBroken("contest.entry.withdraw-after-judging");
        }
        setStatus(entryId, EntryStatus.WITHDRAWN, null);
        events.publishEvent(new EntryWithdrawn(
                entryId, username(creatorId), entry.title(), entry.status() == EntryStatus.ACCEPTED));
        return get(entryId);
    }

    /** 初审: the entry goes on to the judges. Its video must have been transcoded. */
    @Transactional
    public Entry accept(long entryId, String editor) {
        Entry entry = screenable(entryId);
        Video video =
                entry.videoId() == null ? null : videos.find(entry.videoId()).orElse(null);
        if (video == null || !video.isPlayable()) {
            throw new ContestRuleBroken("contest.screening.not-transcoded");
        }
        setStatus(entryId, EntryStatus.ACCEPTED, null);
        events.publishEvent(new EntryAccepted(entryId, editor, entry.title()));
        return get(entryId);
    }

    /** 初审: back to the creator with a reason; they may fix it and resubmit before the deadline. */
    @Transactional
    public Entry giveBack(long entryId, String reason, String editor) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw ContestRuleBroken.at("reason", "contest.screening.return-reason");
        }
        Entry entry = screenable(entryId);
        setStatus(entryId, EntryStatus.RETURNED, reason.strip());
        events.publishEvent(new EntryReturned(entryId, editor, reason.strip(), entry.status() == EntryStatus.ACCEPTED));
        return get(entry.id());
    }

    @Transactional(readOnly = true)
    public Entry get(long id) {
        return jdbc.sql("select " + EntryRows.COLUMNS + " from contest_entry e where e.id = ?")
                .param(id)
                .query(EntryRows::entry)
                .optional()
                .orElseThrow(() -> new EntryNotFound(id));
    }

    /** One of the creator's own entries; anyone else's answers "not found". */
    @Transactional(readOnly = true)
    public Entry owned(long id, long creatorId) {
        Entry entry = get(id);
        if (!entry.ownedBy(creatorId)) {
            throw new EntryNotFound(id);
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public List<Entry> ofCreator(long creatorId) {
        return list("where e.creator_id = ? order by e.created_at desc", creatorId);
    }

    /** Every entry of a contest except withdrawn ones, oldest first (the order they came in). */
    @Transactional(readOnly = true)
    public List<Entry> ofContest(long contestId) {
        return list("where e.contest_id = ? and e.status <> 'WITHDRAWN' order by e.submitted_at, e.id", contestId);
    }

    /** Accepted entries with a playable video: the public gallery and the judges' pool. */
    @Transactional(readOnly = true)
    public List<Entry> accepted(long contestId) {
        return list(
                "join video v on v.id = e.video_id where e.contest_id = ? and e.status = 'ACCEPTED'"
                        + " and v.status = 'READY' order by e.submitted_at, e.id",
                contestId);
    }

    private List<Entry> list(String rest, Object... params) {
        return jdbc.sql("select " + EntryRows.COLUMNS + " from contest_entry e " + rest)
                .params(params)
                .query(EntryRows::entry)
                .list();
    }

    /** An accepted entry anyone may see, by id; other entries answer "not found". */
    @Transactional(readOnly = true)
    public Entry visible(long id) {
        Entry entry = get(id);
        Video video =
                entry.videoId() == null ? null : videos.find(entry.videoId()).orElse(null);
        if (!entry.isPublicWith(video)) {
            throw new EntryNotFound(id);
        }
        return entry;
    }

    /** The entry whose video this is, if any. */
    @Transactional(readOnly = true)
    public Optional<Entry> byVideo(long videoId) {
        return jdbc.sql("select " + EntryRows.COLUMNS + " from contest_entry e where e.video_id = ?")
                .param(videoId)
                .query(EntryRows::entry)
                .optional();
    }

    private Entry screenable(long entryId) {
        Entry entry = get(entryId);
        Contest contest = contests.get(entry.contestId());
        if (!contest.schedule().screens(clock.instant())) {
            throw new ContestRuleBroken("contest.screening.after-judging-opened");
        }
        if (entry.status() == EntryStatus.WITHDRAWN) {
            throw new ContestRuleBroken("contest.screening.withdrawn");
        }
        return entry;
    }

    private long submitVideo(Contest contest, long creatorId, String title, EntryVideo video) {
        ContestLimits limits = contest.limits();
        try {
            return submitVideo(creatorId, title, video, limits);
        } catch (TooManyUnfinishedVideos e) {
            throw ContestRuleBroken.at("uploadId", e.code(), e.getArguments());
        }
    }

    private long submitVideo(long creatorId, String title, EntryVideo video, ContestLimits limits) {
        return videos.submit(new NewVideo(
                        title,
                        "",
                        null,
                        null,
                        List.of(),
                        creatorId,
                        video.sourceKey(),
                        VideoRoute.CONTEST_ENTRY,
                        new VideoLimits(limits.maxDurationSeconds(), limits.maxSizeMb(), limits.minShortSide())))
                .getId();
    }

    private void requireOpen(Contest contest) {
        Instant now = clock.instant();
        if (!contest.schedule().acceptsEntries(now)) {
            throw new ContestRuleBroken(
                    now.isBefore(contest.schedule().submitOpens()) ? "contest.entry.not-open" : "contest.entry.closed");
        }
    }

    private void requireRoom(Contest contest, long creatorId) {
        long active = jdbc.sql("select count(*) from contest_entry where contest_id = ? and creator_id = ?"
                        + " and status <> 'WITHDRAWN'")
                .params(contest.id(), creatorId)
                .query(Long.class)
                .single();
        if (active >= contest.limits().entriesPerCreator()) {
            throw new ContestRuleBroken(
                    "contest.entry.too-many", contest.limits().entriesPerCreator());
        }
    }

    private static void requireNotWithdrawn(Entry entry) {
        if (entry.withdrawn()) {
            throw new ContestRuleBroken("contest.entry.withdrawn-resubmit");
        }
    }

    private void setStatus(long entryId, EntryStatus status, String reason) {
        jdbc.sql("update contest_entry set status = ?, return_reason = ?, updated_at = ? where id = ?")
                .params(status.name(), reason, Timestamp.from(clock.instant()), entryId)
                .update();
    }

    /**
     * An accepted entry whose creator changed what the public sees goes back to screening.
     *
     * @return whether it was public until now
     */
    boolean rescreen(long entryId) {
        Entry entry = get(entryId);
        if (entry.status() == EntryStatus.ACCEPTED) {
            setStatus(entryId, EntryStatus.PENDING, null);
            return true;
        }
        return false;
    }

    /** The creator's username for the audit record, or the id once the account is gone. */
    String username(Long creatorId) {
        return jdbc.sql("select username from account where id = ?")
                .param(creatorId)
                .query(String.class)
                .optional()
                .orElse(String.valueOf(creatorId));
    }

    private boolean townExists(String code) {
        return code != null
                && jdbc.sql("select count(*) from town where code = ?")
                                .param(code)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** A short random label judges see instead of any name: J-K7Q4 (no 0/O, 1/I confusions). */
    private String anonCode(long contestId) {
        while (true) {
            StringBuilder code = new StringBuilder("J-");
            for (int i = 0; i < 4; i++) {
                code.append(ANON_LETTERS.charAt(RANDOM.nextInt(ANON_LETTERS.length())));
            }
            long taken = jdbc.sql("select count(*) from contest_entry where contest_id = ? and anon_code = ?")
                    .params(contestId, code.toString())
                    .query(Long.class)
                    .single();
            if (taken == 0) {
                return code.toString();
            }
        }
    }
}
