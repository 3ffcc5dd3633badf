package org.kepu.portal.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.AwardSlot;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestDefinition;
import org.kepu.content.contest.ContestLimits;
import org.kepu.content.contest.ContestSchedule;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Criterion;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryDraft;
import org.kepu.content.contest.EntryVideo;
import org.kepu.content.contest.Track;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.Videos;

/** Contests and accepted entries for the portal's contest tests, set up through the domain. */
final class ContestTestData {

    static final Duration DAY = Duration.ofDays(1);

    private final Contests contests;
    private final Entries entries;
    private final Videos videos;

    ContestTestData(Contests contests, Entries entries, Videos videos) {
        this.contests = contests;
        this.entries = entries;
        this.videos = videos;
    }

    /** Open for entries now; groups youth and adult, one category. */
    Contest collecting(String title, int perCreator, int maxSeconds) {
        Instant now = Instant.now();
        return contests.create(
                new ContestDefinition(
                        "test-" + UUID.randomUUID().toString().substring(0, 8),
                        title,
                        "身边的科学",
                        "<p>规则</p>",
                        new ContestSchedule(
                                now.minus(DAY),
                                now.plus(DAY),
                                now.plus(DAY.multipliedBy(2)),
                                now.plus(DAY.multipliedBy(3)),
                                now.plus(DAY.multipliedBy(4))),
                        new ContestLimits(maxSeconds, 100, 240, Set.of("mp4", "mov"), perCreator),
                        List.of(new Track("youth", "青少年组"), new Track("adult", "成人组")),
                        List.of(new Track("video", "微视频")),
                        List.of(new Criterion("科学性", 60), new Criterion("传播性", 40)),
                        List.of(new AwardSlot("youth", Award.FIRST, 1)),
                        Set.of()),
                "admin");
    }

    /** Moves the contest's dates so that judging (and voting) runs now. */
    Contest judging(Contest contest) {
        Instant now = Instant.now();
        ContestDefinition d = contest.definition();
        return contests.update(
                contest.id(),
                new ContestDefinition(
                        d.slug(),
                        d.title(),
                        d.theme(),
                        d.rulesHtml(),
                        new ContestSchedule(
                                now.minus(DAY.multipliedBy(3)),
                                now.minus(DAY.multipliedBy(2)),
                                now.minus(DAY),
                                now.plus(DAY),
                                now.plus(DAY.multipliedBy(2))),
                        d.limits(),
                        d.groups(),
                        d.categories(),
                        d.rubric(),
                        d.awardSlots(),
                        d.requiredFields()),
                "admin");
    }

    /** An entry of the youth group whose video the worker has transcoded, accepted in 初审. */
    Entry accepted(Contest contest, long creatorId, String title, String townCode) {
        Entry entry = entries.submit(
                contest.id(),
                creatorId,
                new EntryDraft(
                        title,
                        "一分钟讲清楚" + title,
                        "youth",
                        "video",
                        "一中",
                        townCode,
                        null,
                        false,
                        null,
                        false,
                        true,
                        null),
                new EntryVideo("uploads/test-" + UUID.randomUUID(), "作品.mp4", 1000));
        videos.transcoded(
                entry.videoId(),
                new TranscodedMedia(
                        "videos/" + entry.videoId() + "/m1",
                        640,
                        360,
                        10,
                        List.of(new VideoRendition(640, 360, 800_000))));
        return entries.accept(entry.id(), "editor");
    }
}
