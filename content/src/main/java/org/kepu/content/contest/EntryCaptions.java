package org.kepu.content.contest;

import java.time.Clock;
import java.util.Optional;
import org.kepu.content.video.Caption;
import org.kepu.content.video.CaptionRevisions;
import org.kepu.content.video.Captions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caption tracks, where the video is a contest entry's: its captions are part of the entry, screened,
 * judged and shown with it. The creator changes them only while entries are collected, and an
 * accepted entry then goes back to screening (as when they change its details). After the
 * deadline only staff may change them, to correct or add a track for readers; every staff change
 * to an entry's captions is in the audit log. Captions of other videos follow {@link CaptionRevisions}:
 * a published video's are reviewed before the public sees them.
 */
@Service
public class EntryCaptions {

    private final Captions captions;
    private final CaptionRevisions revisions;
    private final Entries entries;
    private final Contests contests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryCaptions(
            Captions captions,
            CaptionRevisions revisions,
            Entries entries,
            Contests contests,
            ApplicationEventPublisher events,
            Clock clock) {
        this.captions = captions;
        this.revisions = revisions;
        this.entries = entries;
        this.contests = contests;
        this.events = events;
        this.clock = clock;
    }

    /** A caption from the video's owner: for a contest entry, only until the entry deadline. */
    @Transactional
    public CaptionRevisions.Outcome uploadByOwner(long videoId, String language, byte[] content, String owner) {
        Optional<Entry> entry = entries.byVideo(videoId);
        if (entry.isEmpty()) {
            return revisions.change(videoId, language, content, owner);
        }
        Entry e = entry.get();
        Contest contest = contests.get(e.contestId());
        if (!contest.schedule().acceptsEntries(clock.instant())) {
            throw new ContestRuleBroken("contest.entry.captions-closed");
        }
        Caption caption = captions.upload(videoId, language, content, owner);
        events.publishEvent(new EntryCaptionsChanged(
                e.id(), entries.username(e.creatorId()), described(caption, videoId), entries.rescreen(e.id())));
        return new CaptionRevisions.Outcome(caption, null);
    }

    /** A caption from an editor or admin, in any phase; logged when the video is a contest entry's. */
    @Transactional
    public CaptionRevisions.Outcome uploadByStaff(long videoId, String language, byte[] content, String staff) {
        Optional<Entry> entry = entries.byVideo(videoId);
        if (entry.isEmpty()) {
            return revisions.change(videoId, language, content, staff);
        }
        Caption caption = captions.upload(videoId, language, content, staff);
        events.publishEvent(new EntryCaptionsChanged(entry.get().id(), staff, described(caption, videoId), false));
        return new CaptionRevisions.Outcome(caption, null);
    }

    private static String described(Caption caption, long videoId) {
        return caption.label() + " 字幕（视频 " + videoId + "）";
    }
}
