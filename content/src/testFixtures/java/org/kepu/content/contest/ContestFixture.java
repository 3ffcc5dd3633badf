package org.kepu.content.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.Videos;
import org.springframework.stereotype.Component;

/**
 * Contests, people and transcoded entries for the contest tests of content and portal, each with
 * unique names, set up through the domain. Content's tests {@code @Import} it; the portal's build
 * compiles this source folder into its tests too (see docs/DECISIONS.md, issue 14 — events).
 */
@Component
public class ContestFixture {

    public static final Duration DAY = Duration.ofDays(1);

    private final Contests contests;
    private final Entries entries;
    private final Accounts accounts;
    private final Videos videos;

    public ContestFixture(Contests contests, Entries entries, Accounts accounts, Videos videos) {
        this.contests = contests;
        this.entries = entries;
        this.accounts = accounts;
        this.videos = videos;
    }

    /** A contest in its collection phase: groups youth/adult, categories video/drama. */
    public Contest collecting() {
        return contests.create(definition(unique("kepu"), collectingSchedule(), 1), "admin");
    }

    public Contest collecting(int entriesPerCreator) {
        return contests.create(definition(unique("kepu"), collectingSchedule(), entriesPerCreator), "admin");
    }

    /**
     * A smaller contest in its collection phase, as the portal's pages show it: groups youth/adult,
     * one category (微视频), two criteria (60/40), no required fields beyond the rules'.
     */
    public Contest collecting(String title, int entriesPerCreator, int maxSeconds) {
        return contests.create(
                new ContestDefinition(
                        unique("test"),
                        title,
                        "身边的科学",
                        "<p>规则</p>",
                        collectingSchedule(),
                        new ContestLimits(maxSeconds, 100, 240, Set.of("mp4", "mov"), entriesPerCreator),
                        List.of(new Track("youth", "青少年组"), new Track("adult", "成人组")),
                        List.of(new Track("video", "微视频")),
                        List.of(new Criterion("科学性", 60), new Criterion("传播性", 40)),
                        List.of(new AwardSlot("youth", Award.FIRST, 1)),
                        Set.of()),
                "admin");
    }

    /** Moves the contest's dates so that now lies in {@code phase}. */
    public Contest moveTo(Contest contest, ContestPhase phase) {
        Instant now = Instant.now();
        ContestSchedule schedule = switch (phase) {
            case COLLECTING -> collectingSchedule();
            case SCREENING ->
                new ContestSchedule(
                        now.minus(DAY.multipliedBy(3)),
                        now.minus(DAY),
                        now.plus(DAY),
                        now.plus(DAY.multipliedBy(2)),
                        now.plus(DAY.multipliedBy(3)));
            case JUDGING ->
                new ContestSchedule(
                        now.minus(DAY.multipliedBy(3)),
                        now.minus(DAY.multipliedBy(2)),
                        now.minus(DAY),
                        now.plus(DAY),
                        now.plus(DAY.multipliedBy(2)));
            case PUBLICITY ->
                new ContestSchedule(
                        now.minus(DAY.multipliedBy(4)),
                        now.minus(DAY.multipliedBy(3)),
                        now.minus(DAY.multipliedBy(2)),
                        now.minus(DAY),
                        now.plus(DAY));
            case RESULTS ->
                new ContestSchedule(
                        now.minus(DAY.multipliedBy(5)),
                        now.minus(DAY.multipliedBy(4)),
                        now.minus(DAY.multipliedBy(3)),
                        now.minus(DAY.multipliedBy(2)),
                        now.minus(DAY));
            case UPCOMING ->
                new ContestSchedule(
                        now.plus(DAY),
                        now.plus(DAY.multipliedBy(2)),
                        now.plus(DAY.multipliedBy(3)),
                        now.plus(DAY.multipliedBy(4)),
                        now.plus(DAY.multipliedBy(5)));
        };
        ContestDefinition d = contest.definition();
        return contests.update(
                contest.id(),
                new ContestDefinition(
                        d.slug(),
                        d.title(),
                        d.theme(),
                        d.rulesHtml(),
                        schedule,
                        d.limits(),
                        d.groups(),
                        d.categories(),
                        d.rubric(),
                        d.awardSlots(),
                        d.requiredFields()),
                "admin");
    }

    public static ContestSchedule collectingSchedule() {
        Instant now = Instant.now();
        return new ContestSchedule(
                now.minus(DAY),
                now.plus(DAY),
                now.plus(DAY.multipliedBy(2)),
                now.plus(DAY.multipliedBy(3)),
                now.plus(DAY.multipliedBy(4)));
    }

    public static ContestDefinition definition(String slug, ContestSchedule schedule, int entriesPerCreator) {
        return new ContestDefinition(
                slug,
                "第三届伊金霍洛旗科普微视频创作大赛",
                "身边的科学",
                "<p>作品须为原创。</p>",
                schedule,
                new ContestLimits(300, 500, 360, Set.of("mp4", "mov"), entriesPerCreator),
                List.of(new Track("youth", "青少年组"), new Track("adult", "成人组")),
                List.of(new Track("video", "微视频"), new Track("drama", "科普剧")),
                List.of(
                        new Criterion("科学性", 30),
                        new Criterion("创新性", 25),
                        new Criterion("艺术性", 25),
                        new Criterion("传播性", 20)),
                List.of(
                        new AwardSlot("youth", Award.FIRST, 1),
                        new AwardSlot("youth", Award.SECOND, 1),
                        new AwardSlot("youth", Award.THIRD, 1),
                        new AwardSlot("adult", Award.FIRST, 1)),
                Set.of(EntryField.UNIT));
    }

    public Account person(String name, Role role) {
        return accounts.add(Account.create(unique(name), "{noop}secret", name, Set.of(role), Instant.now()));
    }

    public static EntryDraft draft(String title, String group) {
        return draft(title, group, "ejinhoro");
    }

    /** A minor's team entry of the 微视频 category, with the guardian's consent; {@code townCode} may be null. */
    public static EntryDraft draft(String title, String group, String townCode) {
        return new EntryDraft(
                title,
                "用一分钟讲清楚" + title,
                group,
                "video",
                "伊金霍洛旗第一中学",
                townCode,
                "王小明、李华",
                true,
                "王建国",
                true,
                true,
                null);
    }

    public static EntryVideo video() {
        return new EntryVideo("uploads/" + UUID.randomUUID(), "作品.mp4", 10 * 1024 * 1024);
    }

    /** An entry whose video the worker has transcoded. */
    public Entry readyEntry(Contest contest, Account creator, String title, String group) {
        Entry entry = entries.submit(contest.id(), creator.getId(), draft(title, group), video());
        transcoded(entry);
        return entry;
    }

    /** An entry of the youth group, transcoded and accepted in 初审; {@code townCode} may be null. */
    public Entry accepted(Contest contest, long creatorId, String title, String townCode) {
        Entry entry = entries.submit(contest.id(), creatorId, draft(title, "youth", townCode), video());
        transcoded(entry);
        return entries.accept(entry.id(), "editor");
    }

    public void transcoded(Entry entry) {
        videos.transcoded(
                entry.videoId(),
                new TranscodedMedia(
                        "videos/" + entry.videoId() + "/m1",
                        640,
                        360,
                        5,
                        List.of(new VideoRendition(640, 360, 900_000))));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
