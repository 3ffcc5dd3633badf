package org.kepu.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.AwardSlot;
import org.kepu.content.contest.ContestDefinition;
import org.kepu.content.contest.ContestLimits;
import org.kepu.content.contest.ContestSchedule;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Criterion;
import org.kepu.content.contest.EntryField;
import org.kepu.content.contest.Track;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo micro-video contest open for entries from the first start, so that a fresh platform shows
 * the whole contest flow: sign up, submit, screen, judge.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("kepu.demo.enabled")
class DemoContest implements ApplicationRunner {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Contests contests;
    private final Clock clock;

    DemoContest(Contests contests, Clock clock) {
        this.contests = contests;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!contests.all().isEmpty()) {
            return;
        }
        Instant start =
                LocalDate.now(clock.withZone(BEIJING)).atStartOfDay(BEIJING).toInstant();
        Duration day = Duration.ofDays(1);
        contests.create(
                new ContestDefinition(
                        "kepu-video-" + LocalDate.now(clock.withZone(BEIJING)).getYear(),
                        "伊金霍洛旗科普微视频创作大赛",
                        "身边的科学：应急避险、健康生活、农牧科技、节能环保",
                        "<p>面向全旗中小学生、教师、科普志愿者和各单位征集原创科普微视频。作品须为原创，内容科学准确，"
                                + "时长不超过 5 分钟。</p><p>未满 18 周岁的作者须经监护人同意后参赛。</p>",
                        new ContestSchedule(
                                start,
                                start.plus(day.multipliedBy(60)),
                                start.plus(day.multipliedBy(70)),
                                start.plus(day.multipliedBy(85)),
                                start.plus(day.multipliedBy(92))),
                        new ContestLimits(300, 500, 360, Set.of("mp4", "mov", "m4v", "webm"), 2),
                        List.of(new Track("youth", "青少年组"), new Track("adult", "成人组")),
                        List.of(new Track("video", "微视频"), new Track("drama", "科普剧")),
                        List.of(
                                new Criterion("科学性", 30),
                                new Criterion("创新性", 25),
                                new Criterion("艺术性", 25),
                                new Criterion("传播性", 20)),
                        List.of(
                                new AwardSlot("youth", Award.FIRST, 1),
                                new AwardSlot("youth", Award.SECOND, 2),
                                new AwardSlot("youth", Award.THIRD, 3),
                                new AwardSlot("youth", Award.EXCELLENT, 5),
                                new AwardSlot("adult", Award.FIRST, 1),
                                new AwardSlot("adult", Award.SECOND, 2),
                                new AwardSlot("adult", Award.THIRD, 3),
                                new AwardSlot("adult", Award.EXCELLENT, 5)),
                        EnumSet.of(EntryField.UNIT, EntryField.TOWN)),
                "demo");
    }
}
