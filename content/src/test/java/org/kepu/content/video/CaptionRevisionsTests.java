package org.kepu.content.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.editorial.SensitiveWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Captions of a published video change through review, at the two levels and under the four-eyes
 * rule of a correction, while the public keeps the published track; other videos' change at once.
 */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.editorial.review-levels=2"})
class CaptionRevisionsTests {

    private static final String OLD = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n沙尘暴来临时要关好门窗\n";
    private static final String NEW =
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n沙尘暴来临时要关好门窗\n\n" + "00:00:03.000 --> 00:00:05.000\n湿毛巾捂住口鼻\n";

    @Autowired
    Videos videos;

    @Autowired
    VideoEditorial editorial;

    @Autowired
    Captions captions;

    @Autowired
    CaptionRevisions revisions;

    @Autowired
    SensitiveWords sensitiveWords;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedVideosNewCaptionsWaitForTwoOtherReviewersWhileThePublicKeepsTheOldTrack() {
        Video video = published("沙尘暴来了怎么办");
        captions.upload(video.getId(), "zh", bytes(OLD), "编辑甲");

        CaptionRevisions.Outcome outcome = revisions.change(video.getId(), "zh", bytes(NEW), "编辑乙");

        assertThat(outcome.isPending()).isTrue();
        assertThat(texts(video)).containsExactly("沙尘暴来临时要关好门窗");
        assertThat(revisions.editable(video.getId(), "zh")).contains("湿毛巾捂住口鼻");
        Video held = videos.find(video.getId()).orElseThrow();
        assertThat(held.getCorrectionRevision()).isEqualTo(outcome.change().revision());
        assertThat(editorial.revisions(video.getId()).get(0).note()).isEqualTo("captions:zh");
        assertThat(held.isPublic()).isTrue();

        editorial.submit(video.getId(), "编辑乙");
        assertThatThrownBy(() -> editorial.approve(video.getId(), "编辑乙", false))
                .as("who changed the captions does not approve them")
                .isInstanceOf(EditorialRuleBroken.class);
        assertThatThrownBy(() -> revisions.change(video.getId(), "zh", bytes(OLD), "编辑丙"))
                .as("nothing changes under a reviewer")
                .isInstanceOf(EditorialRuleBroken.class);
        editorial.approve(video.getId(), "审核员丙", false);
        assertThat(texts(video)).containsExactly("沙尘暴来临时要关好门窗");
        editorial.approve(video.getId(), "审核员丁", false);

        assertThat(texts(video)).containsExactly("沙尘暴来临时要关好门窗", "湿毛巾捂住口鼻");
        assertThat(revisions.pending(video.getId())).isEmpty();
        assertThat(revisions.history(video.getId()))
                .extracting(CaptionChange::state)
                .containsExactly("APPLIED");
        assertThat(actions(video)).contains("video.correction-saved", "video.corrected", "video.captions-changed");
        assertThat(videos.find(video.getId()).orElseThrow().getTitle()).isEqualTo("沙尘暴来了怎么办");
    }

    @Test
    void aReturnedCaptionChangeKeepsTheEditorsWorkAndTheReasonAndALaterChangeReplacesIt() {
        Video video = published("草原防火常识");
        revisions.change(video.getId(), "zh", bytes(OLD), "编辑乙");
        editorial.submit(video.getId(), "编辑乙");

        editorial.reject(video.getId(), "审核员丙", "第 1 条有错字");

        Video returned = videos.find(video.getId()).orElseThrow();
        assertThat(returned.getReviewReason()).isEqualTo("第 1 条有错字");
        assertThat(captions.of(video.getId())).isEmpty();
        assertThat(revisions.editable(video.getId(), "zh")).contains("关好门窗");

        revisions.change(video.getId(), "zh", bytes(NEW), "编辑乙");
        assertThat(revisions.pending(video.getId()))
                .singleElement()
                .satisfies(c -> assertThat(c.cueCount()).isEqualTo(2));
        assertThat(revisions.history(video.getId()))
                .extracting(CaptionChange::state)
                .containsExactly("PENDING", "REPLACED");
    }

    @Test
    void sensitiveWordsInAPendingCaptionBlockItsApprovalLikeATitles() {
        sensitiveWords.add("字幕违禁样例", "管理员");
        Video video = published("家用电器安全");
        revisions.change(video.getId(), "zh", bytes("WEBVTT\n\n00:00.000 --> 00:02.000\n这里有字幕违禁样例\n"), "编辑乙");
        editorial.submit(video.getId(), "编辑乙");

        assertThat(editorial.sensitiveIn(videos.find(video.getId()).orElseThrow()))
                .contains("字幕违禁样例");
        assertThatThrownBy(() -> editorial.approve(video.getId(), "审核员丙", false))
                .satisfies(DomainTexts.saysPart("字幕违禁样例"));
    }

    @Test
    void removingAPublishedTrackIsARevisionToo() {
        Video video = published("冬季取暖防中毒");
        captions.upload(video.getId(), "zh", bytes(OLD), "编辑甲");

        assertThat(revisions.remove(video.getId(), "zh", "编辑乙")).isEqualTo(CaptionRevisions.Removal.HELD);
        assertThat(captions.of(video.getId())).hasSize(1);
        assertThat(revisions.remove(video.getId(), "en", "编辑乙")).isEqualTo(CaptionRevisions.Removal.NONE);
        editorial.submit(video.getId(), "编辑乙");
        editorial.approve(video.getId(), "审核员丙", false);
        editorial.approve(video.getId(), "审核员丁", false);

        assertThat(captions.of(video.getId())).isEmpty();
    }

    @Test
    void anUnpublishedVideosCaptionsChangeAtOnceAndRefusedFilesChangeNothing() {
        Video video = videos.submit(upload("风从哪里来", creator(), VideoRoute.DRAFT));
        transcode(video);

        byte[] gbk = "1\r\n00:00:01,000 --> 00:00:03,000\r\n风从高压吹向低压\r\n".getBytes(Charset.forName("GBK"));
        assertThat(revisions.change(video.getId(), "zh", gbk, "编辑甲").isPending())
                .isFalse();
        assertThat(texts(video)).containsExactly("风从高压吹向低压");
        assertThat(revisions.remove(video.getId(), "zh", "编辑甲")).isEqualTo(CaptionRevisions.Removal.REMOVED);

        Video published = published("风向标");
        byte[] overlapping = bytes("WEBVTT\n\n00:01.000 --> 00:04.000\n一\n\n00:03.000 --> 00:05.000\n二\n");
        assertThatThrownBy(() -> revisions.change(published.getId(), "zh", overlapping, "编辑乙"))
                .isInstanceOf(InvalidCaption.class);
        assertThat(revisions.pending(published.getId())).isEmpty();
        assertThat(videos.find(published.getId()).orElseThrow().getCorrectionRevision())
                .as("a refused file makes no revision")
                .isNull();
    }

    @Test
    void takenOfflineAVideosHeldCaptionChangeEndsAndItsCaptionsChangeDirectlyAgain() {
        Video video = published("防溺水");
        revisions.change(video.getId(), "zh", bytes(NEW), "编辑乙");

        editorial.withdraw(video.getId(), "审核员丙");

        assertThat(revisions.pending(video.getId())).isEmpty();
        assertThat(revisions.change(video.getId(), "zh", bytes(OLD), "编辑乙").isPending())
                .isFalse();
    }

    @Test
    void mongolianCaptionsAreKeptAndLegacyEncodedOnesRefusedWithTheArticlesReason() {
        Video video = videos.submit(upload("蒙古文字幕", creator(), VideoRoute.DRAFT));
        transcode(video);

        revisions.change(video.getId(), "mn", bytes("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤ\n"), "编辑甲");
        assertThat(captions.cues(video.getId(), "mn"))
                .extracting(CaptionCue::text)
                .containsExactly("ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤ");

        assertThatThrownBy(() -> revisions.change(
                        video.getId(), "mn", bytes("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n\uE234\uE26B\n"), "编辑甲"))
                .isInstanceOfSatisfying(
                        InvalidCaption.class,
                        e -> assertThat(e.problems())
                                .extracting(CaptionProblem::cue, CaptionProblem::code, CaptionProblem::time)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        1, "video.caption.legacy-mongolian", "00:00:01.000")));
        assertThat(DomainTexts.chinese(new InvalidCaption("video.caption.legacy-mongolian")))
                .as("the reason the article texts give")
                .startsWith("这段文字里有旧编码的蒙古文");
    }

    private List<String> texts(Video video) {
        return captions.cues(video.getId(), "zh").stream().map(CaptionCue::text).toList();
    }

    private Video published(String title) {
        Video video = videos.submit(upload(title, creator(), VideoRoute.REVIEW));
        transcode(video);
        editorial.approve(video.getId(), "审核员甲", false);
        return editorial.approve(video.getId(), "审核员乙", false);
    }

    private void transcode(Video video) {
        videos.transcoded(
                video.getId(),
                new TranscodedMedia(
                        "videos/" + video.getId() + "/m1",
                        640,
                        360,
                        6,
                        List.of(new VideoRendition(640, 360, 900_000))));
    }

    private List<String> actions(Video video) {
        return jdbc.sql("select action from audit_event where subject_type = 'video' and subject_id = ? order by id")
                .param(String.valueOf(video.getId()))
                .query(String.class)
                .list();
    }

    private long creator() {
        return accounts.add(Account.create(
                        "creator-" + UUID.randomUUID(), "{noop}secret", "创作者", Set.of(Role.CREATOR), Instant.now()))
                .getId();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static NewVideo upload(String title, long owner, VideoRoute route) {
        return new NewVideo(
                title,
                title + "的简介",
                null,
                null,
                List.of(),
                owner,
                "uploads/test/" + UUID.randomUUID() + ".mp4",
                route);
    }
}
