package org.kepu.content.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.editorial.SensitiveWords;
import org.kepu.content.jobs.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Videos go through the review of articles, here at two levels. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.editorial.review-levels=2"})
class VideoEditorialTests {

    @Autowired
    Videos videos;

    @Autowired
    VideoEditorial editorial;

    @Autowired
    Captions captions;

    @Autowired
    SensitiveWords sensitiveWords;

    @Autowired
    Accounts accounts;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VideoMediaRemoval removal;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCreatorsVideoIsInReviewOnUploadAndCanBeApprovedOnlyOnceTranscoded() {
        Video video = videos.submit(upload("沙尘暴来了怎么办", creator(), VideoRoute.REVIEW));

        assertThat(video.getEditorial()).isEqualTo(VideoEditorialStatus.IN_REVIEW);
        assertThatThrownBy(() -> editorial.approve(video.getId(), "初审员", false))
                .isInstanceOf(EditorialRuleBroken.class)
                .satisfies(DomainTexts.saysPart("转码"));
        assertThat(editorial.reviewQueueOf("初审员")).extracting(Video::getId).doesNotContain(video.getId());

        transcode(video);

        assertThat(editorial.reviewQueueOf("初审员")).extracting(Video::getId).contains(video.getId());
    }

    @Test
    void aReturnedVideoShowsItsReasonAndOnceFixedPassesTwoDifferentReviewersToThePublic() {
        String creator = "creator-" + UUID.randomUUID();
        Video video = videos.submit(upload("风从哪里来", accountNamed(creator), VideoRoute.REVIEW));
        transcode(video);

        Video returned = editorial.reject(video.getId(), "初审员", "标题不准确，请写明是哪种风");
        assertThat(returned.getEditorial()).isEqualTo(VideoEditorialStatus.DRAFT);
        assertThat(returned.getReviewReason()).isEqualTo("标题不准确，请写明是哪种风");

        editorial.describe(video.getId(), video.metadata().withTitle("伊金霍洛的春季大风"), creator);
        editorial.submit(video.getId(), creator);
        assertThatThrownBy(() -> editorial.approve(video.getId(), creator, false))
                .satisfies(DomainTexts.saysPart("不能审核自己上传的视频"));

        Video first = editorial.approve(video.getId(), "初审员", false);
        assertThat(first.isPublic()).isFalse();
        assertThatThrownBy(() -> editorial.approve(video.getId(), "初审员", false))
                .satisfies(DomainTexts.saysPart("两个级别"));
        Video published = editorial.approve(video.getId(), "终审员", false);

        assertThat(published.getEditorial()).isEqualTo(VideoEditorialStatus.PUBLISHED);
        assertThat(published.isPublic()).isTrue();
        assertThat(published.getTitle()).isEqualTo("伊金霍洛的春季大风");
        assertThat(published.getReviewReason()).isNull();
        assertThat(actions(video))
                .contains("video.submitted", "video.rejected", "video.revised", "video.approved", "video.published");
        assertThat(indexJobs(video)).isPositive();
    }

    @Test
    void aStaffVideoIsADraftThatTheUploaderMayNotReview() {
        String editor = "editor-" + UUID.randomUUID();
        Video video = videos.submit(upload("一分钟学会洗手", accountNamed(editor), VideoRoute.DRAFT));
        transcode(video);

        assertThat(video.getEditorial()).isEqualTo(VideoEditorialStatus.DRAFT);
        assertThatThrownBy(() -> editorial.approve(video.getId(), "审核员", false))
                .satisfies(DomainTexts.saysPart("不在待审核"));
        editorial.submit(video.getId(), "编辑乙");

        assertThatThrownBy(() -> editorial.approve(video.getId(), editor, false))
                .satisfies(DomainTexts.saysPart("自己上传"));
        assertThatThrownBy(() -> editorial.approve(video.getId(), "编辑乙", false)).satisfies(DomainTexts.saysPart("提交人"));
        editorial.approve(video.getId(), "审核员甲", false);
        assertThat(editorial.approve(video.getId(), "审核员乙", false).isPublic()).isTrue();
    }

    @Test
    void aCorrectionIsReviewedWhileThePublicKeepsThePublishedTitle() {
        Video video = published("家庭应急包里放什么");

        editorial.describe(video.getId(), video.metadata().withTitle("家庭应急包：十样必备"), "编辑丙");
        Video pending = editorial.submit(video.getId(), "编辑丙");

        assertThat(pending.getTitle()).isEqualTo("家庭应急包里放什么");
        assertThat(pending.isPublic()).isTrue();
        assertThat(editorial.pendingMetadata(pending).title()).isEqualTo("家庭应急包：十样必备");
        assertThat(editorial
                        .revisions(video.getId())
                        .get(0)
                        .changesSince(editorial.revisions(video.getId()).get(1)))
                .containsExactly(new VideoRevision.Change("title", "家庭应急包里放什么", "家庭应急包：十样必备"));

        editorial.approve(video.getId(), "审核员甲", false);
        assertThat(videos.find(video.getId()).orElseThrow().getTitle()).isEqualTo("家庭应急包里放什么");
        Video corrected = editorial.approve(video.getId(), "审核员乙", false);

        assertThat(corrected.getTitle()).isEqualTo("家庭应急包：十样必备");
        assertThat(corrected.getCorrectionRevision()).isNull();
        assertThat(actions(video)).contains("video.correction-saved", "video.correction-submitted", "video.corrected");
    }

    @Test
    void aMongolianVersionIsACorrectionOfItsOwnRevisedAndReviewedAndALegacyEncodingIsRefused() {
        Video video = published("沙尘暴来了怎么办");
        String title = "ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ";

        assertThatThrownBy(() ->
                        editorial.describe(video.getId(), video.metadata().withMongolian("\uE234\uE2A1", ""), "编辑丙"))
                .isInstanceOf(EditorialRuleBroken.class)
                .extracting(e -> ((EditorialRuleBroken) e).getCodes()[0])
                .isEqualTo("kepu.text.legacyMongolian");
        assertThatThrownBy(
                        () -> editorial.describe(video.getId(), video.metadata().withMongolian("", "ᠲᠣᠪᠴᠢ"), "编辑丙"))
                .isInstanceOf(EditorialRuleBroken.class)
                .extracting(e -> ((EditorialRuleBroken) e).getCodes()[0])
                .isEqualTo("video.editorial.title-mn");

        editorial.describe(video.getId(), video.metadata().withMongolian(title, "ᠲᠣᠪᠴᠢ"), "编辑丙");
        editorial.submit(video.getId(), "编辑丙");
        assertThat(videos.find(video.getId()).orElseThrow().hasMongolian())
                .as("the public sees no Mongolian version before review")
                .isFalse();
        assertThat(editorial
                        .revisions(video.getId())
                        .get(0)
                        .changesSince(editorial.revisions(video.getId()).get(1)))
                .containsExactly(
                        new VideoRevision.Change("titleMn", "", title),
                        new VideoRevision.Change("summaryMn", "", "ᠲᠣᠪᠴᠢ"));
        editorial.approve(video.getId(), "审核员甲", false);
        Video corrected = editorial.approve(video.getId(), "审核员乙", false);

        assertThat(corrected.titleIn("mn")).isEqualTo(title);
        assertThat(corrected.textLang("mn")).isEqualTo("mn");
        assertThat(corrected.titleIn("zh")).isEqualTo("沙尘暴来了怎么办");
        assertThat(corrected.metadata().summaryMn()).isEqualTo("ᠲᠣᠪᠴᠢ");

        editorial.describe(video.getId(), corrected.metadata().withMongolian("", ""), "编辑丙");
        editorial.submit(video.getId(), "编辑丙");
        editorial.approve(video.getId(), "审核员甲", false);
        Video removed = editorial.approve(video.getId(), "审核员乙", false);
        assertThat(removed.hasMongolian()).isFalse();
        assertThat(removed.titleIn("mn"))
                .as("a Mongolian page shows the Chinese title")
                .isEqualTo("沙尘暴来了怎么办");
    }

    @Test
    void aReturnedCorrectionLeavesThePublishedMetadataAndTellsWhy() {
        Video video = published("草原防火常识");
        editorial.describe(video.getId(), video.metadata().withTitle("草原防火十问"), "编辑丙");
        editorial.submit(video.getId(), "编辑丙");

        Video returned = editorial.reject(video.getId(), "审核员甲", "标题与内容不符");

        assertThat(returned.getTitle()).isEqualTo("草原防火常识");
        assertThat(returned.isPublic()).isTrue();
        assertThat(returned.isInReview()).isFalse();
        assertThat(returned.getReviewReason()).isEqualTo("标题与内容不符");
    }

    @Test
    void sensitiveWordsInCaptionsBlockTheApprovalUnlessTheReviewerConfirms() {
        sensitiveWords.add("违禁词样例", "管理员");
        Video video = videos.submit(upload("家用电器安全", creator(), VideoRoute.REVIEW));
        transcode(video);
        captions.upload(
                video.getId(),
                "zh",
                "WEBVTT\n\n00:00.000 --> 00:02.000\n这里有违禁词样例\n".getBytes(StandardCharsets.UTF_8),
                "编辑甲");

        assertThatThrownBy(() -> editorial.approve(video.getId(), "审核员甲", false))
                .satisfies(DomainTexts.saysPart("违禁词样例"));
        editorial.approve(video.getId(), "审核员甲", true);

        assertThat(actions(video)).contains("video.sensitive-override");
    }

    @Test
    void captionChangesAreAuditedAndQueueTheVideosIndexJobAndTheirCuesAreReadBack() {
        Video video = videos.submit(upload("草原防火", creator(), VideoRoute.REVIEW));
        transcode(video);
        byte[] vtt = "WEBVTT\n\n00:01.500 --> 00:03.000\n进山不带火种\n\n00:04.000 --> 00:05.000\n发现火情拨打电话\n"
                .getBytes(StandardCharsets.UTF_8);

        long before = indexJobs(video);
        captions.upload(video.getId(), "zh", vtt, "编辑甲");
        long afterUpload = indexJobs(video);
        captions.remove(video.getId(), "zh", "编辑甲");

        assertThat(afterUpload).isEqualTo(before + 1);
        assertThat(indexJobs(video)).isEqualTo(before + 2);
        assertThat(actions(video)).containsSubsequence("video.captions-changed", "video.captions-changed");
        assertThat(captions.cues(video.getId(), "zh")).isEmpty();
        assertThat(captions.remove(video.getId(), "zh", "编辑甲")).isFalse();
        assertThat(actions(video)).filteredOn("video.captions-changed"::equals).hasSize(2);

        captions.upload(video.getId(), "zh", vtt, "编辑甲");
        assertThat(captions.cues(video.getId(), "zh"))
                .extracting(CaptionCue::startMillis, CaptionCue::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1500L, "进山不带火种"),
                        org.assertj.core.groups.Tuple.tuple(4000L, "发现火情拨打电话"));
    }

    @Test
    void aVideoWithAPublicationTimeIsScheduledAndPublishedByTheQueue() {
        String creator = "creator-" + UUID.randomUUID();
        Video video = videos.submit(upload("冬季取暖防中毒", accountNamed(creator), VideoRoute.REVIEW));
        transcode(video);
        editorial.reject(video.getId(), "审核员甲", "请定在入冬时发布");
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS);
        VideoMetadata m = video.metadata();
        editorial.describe(
                video.getId(),
                new VideoMetadata(m.title(), m.summary(), null, null, List.of(), List.of("取暖"), List.of(), later),
                creator);
        editorial.submit(video.getId(), creator);
        editorial.approve(video.getId(), "审核员甲", false);

        Video scheduled = editorial.approve(video.getId(), "审核员乙", false);

        assertThat(scheduled.getEditorial()).isEqualTo(VideoEditorialStatus.SCHEDULED);
        assertThat(scheduled.isPublic()).isFalse();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                        .params(Jobs.PUBLISH_VIDEO.name(), "video-" + video.getId() + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        editorial.publishScheduled(video.getId());
        editorial.publishScheduled(video.getId());
        assertThat(videos.find(video.getId()).orElseThrow().isPublic()).isTrue();
        assertThat(actions(video).stream().filter("video.published"::equals)).hasSize(1);
    }

    @Test
    void aWithdrawnVideoIsNoLongerPublicAndCanBeFixedAndResubmitted() {
        Video video = published("雷雨天气如何避险");

        Video offline = editorial.withdraw(video.getId(), "编辑丙");

        assertThat(offline.isPublic()).isFalse();
        assertThat(offline.getEditorial()).isEqualTo(VideoEditorialStatus.OFFLINE);
        assertThat(videos.allPublic()).extracting(Video::getId).doesNotContain(video.getId());
        assertThat(actions(video)).contains("video.offline");
        assertThatThrownBy(() -> editorial.withdraw(video.getId(), "编辑丙")).satisfies(DomainTexts.saysPart("只有已发布"));
        assertThat(editorial.submit(video.getId(), "编辑丙").getEditorial()).isEqualTo(VideoEditorialStatus.IN_REVIEW);
    }

    @Test
    void aDeletedVideoLeavesNoObjectInTheStore() {
        Video video = published("垃圾分类小课堂");
        String rendition = video.getMediaPrefix() + "/" + Video.MASTER_PLAYLIST;
        blobs.put(rendition, new ByteArrayInputStream("#EXTM3U".getBytes(StandardCharsets.UTF_8)), "text/plain");
        blobs.put(video.getSourceKey(), new ByteArrayInputStream(new byte[] {1, 2, 3}), "video/mp4");

        editorial.delete(video.getId(), "编辑丙");

        assertThat(videos.find(video.getId())).isEmpty();
        assertThat(blobs.exists(rendition))
                .as("removed by a queued job, after commit")
                .isTrue();
        runQueuedRemovals();
        assertThat(blobs.exists(rendition)).isFalse();
        assertThat(blobs.exists(video.getSourceKey())).isFalse();
        assertThat(actions(video)).contains("video.deleted");
    }

    @Test
    void aVideoCannotBeDeletedWhileItsFileIsBeingTranscoded() {
        Video uploaded = videos.submit(upload("正在转码的视频", creator(), VideoRoute.REVIEW));
        assertThatThrownBy(() -> editorial.delete(uploaded.getId(), "编辑丙")).satisfies(DomainTexts.saysPart("转码"));

        Video video = published("风沙天气的出行提示");
        videos.replaceSource(video.getId(), "uploads/test/" + UUID.randomUUID() + ".mp4", "编辑丙");
        assertThatThrownBy(() -> editorial.delete(video.getId(), "编辑丙")).satisfies(DomainTexts.saysPart("转码"));
        assertThat(videos.find(video.getId())).isPresent();
    }

    @Test
    void aReplacedFileKeepsTheOldRenditionsOnlineUntilTheNewOnesAreReadyThenRemovesThem() {
        Video video = published("沙漠植树的学问");
        String oldPlaylist = video.getMediaPrefix() + "/" + Video.MASTER_PLAYLIST;
        blobs.put(oldPlaylist, new ByteArrayInputStream("#EXTM3U".getBytes(StandardCharsets.UTF_8)), "text/plain");
        blobs.put(video.getSourceKey(), new ByteArrayInputStream(new byte[] {1}), "video/mp4");
        String newSource = "uploads/test/" + UUID.randomUUID() + ".mp4";

        Video replacing = videos.replaceSource(video.getId(), newSource, "编辑丙");

        assertThat(replacing.isPublic()).isTrue();
        assertThat(replacing.getMediaPrefix()).isEqualTo(video.getMediaPrefix());
        assertThat(replacing.sourceToTranscode()).isEqualTo(newSource);
        assertThat(replacing.isAwaitingTranscode()).isTrue();
        assertThatThrownBy(() -> videos.replaceSource(video.getId(), newSource, "编辑丙"))
                .satisfies(DomainTexts.saysPart("转码"));

        Video switched = videos.transcoded(
                video.getId(),
                new TranscodedMedia(
                        "videos/" + video.getId() + "/m2",
                        1280,
                        720,
                        8,
                        List.of(new VideoRendition(1280, 720, 2_000_000))));

        assertThat(switched.getId()).isEqualTo(video.getId());
        assertThat(switched.isPublic()).isTrue();
        assertThat(switched.getMediaPrefix()).isEqualTo("videos/" + video.getId() + "/m2");
        assertThat(switched.getSourceKey()).isEqualTo(newSource);
        assertThat(switched.isAwaitingTranscode()).isFalse();
        runQueuedRemovals();
        assertThat(blobs.exists(oldPlaylist)).isFalse();
        assertThat(blobs.exists(video.getSourceKey())).isFalse();
        assertThat(actions(video)).contains("video.file-replaced");
    }

    @Test
    void aRejectedReplacementLeavesTheVideoAsItWasWithTheReason() {
        Video video = published("风沙天出行提示");
        videos.replaceSource(video.getId(), "uploads/test/" + UUID.randomUUID() + ".mp4", "编辑丙");

        videos.rejected(video.getId(), "文件不是可识别的视频");

        Video kept = videos.find(video.getId()).orElseThrow();
        assertThat(kept.isPublic()).isTrue();
        assertThat(kept.getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(kept.getMediaPrefix()).isEqualTo(video.getMediaPrefix());
        assertThat(kept.getReason()).isEqualTo("文件不是可识别的视频");
        assertThat(kept.isAwaitingTranscode()).isFalse();
    }

    @Test
    void aChosenPosterReplacesTheTranscodersAndLeavesTheStoreWithTheVideo() throws Exception {
        Video video = published("黄河湿地的候鸟");
        String image = "images/" + UUID.randomUUID().toString().replace("-", "");
        blobs.put(image + "/960.jpg", new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8, 7}), "image/jpeg");

        editorial.choosePoster(video.getId(), image + "/960.jpg", image, "编辑丙");

        try (var poster = blobs.open(video.mediaKey(Video.POSTER))) {
            assertThat(poster.readAllBytes()).containsExactly((byte) 0xFF, (byte) 0xD8, 7);
        }
        assertThat(actions(video)).contains("video.poster-changed");
        editorial.withdraw(video.getId(), "编辑丙");
        editorial.delete(video.getId(), "编辑丙");
        runQueuedRemovals();
        assertThat(blobs.exists(image + "/960.jpg")).isFalse();
    }

    @Test
    void aContestEntrysVideoNeverEntersVideoReview() {
        Video video = videos.submit(upload("参赛作品", creator(), VideoRoute.CONTEST_ENTRY));
        transcode(video);

        assertThat(video.getEditorial()).isEqualTo(VideoEditorialStatus.CONTEST_ENTRY);
        assertThat(editorial.reviewQueueOf("审核员甲")).extracting(Video::getId).doesNotContain(video.getId());
        assertThatThrownBy(() -> editorial.submit(video.getId(), "编辑丙")).satisfies(DomainTexts.saysPart("赛事作品"));
        assertThatThrownBy(() -> editorial.delete(video.getId(), "编辑丙")).satisfies(DomainTexts.saysPart("赛事作品"));
        assertThat(videos.find(video.getId()).orElseThrow().isPublic()).isFalse();
    }

    @Test
    void theBackOfficeListFindsVideosByStateAndTitleButNotContestEntries() {
        Video waiting = videos.submit(upload("黄河几字弯的地理", creator(), VideoRoute.REVIEW));
        Video entry = videos.submit(upload("黄河几字弯参赛作品", creator(), VideoRoute.CONTEST_ENTRY));

        List<Video> found = editorial.list(new VideoFilter(VideoEditorialStatus.IN_REVIEW, null, null, "几字弯"));

        assertThat(found).extracting(Video::getId).contains(waiting.getId()).doesNotContain(entry.getId());
        assertThat(editorial.list(new VideoFilter(VideoEditorialStatus.PUBLISHED, null, null, "几字弯")))
                .isEmpty();
    }

    @Test
    void chaptersAreReadOneALineAndABadLineIsNamed() {
        assertThat(VideoChapter.parse("0:00 开场\n\n1:30 实验开始\n1:02:03 总结"))
                .containsExactly(new VideoChapter(0, "开场"), new VideoChapter(90, "实验开始"), new VideoChapter(3723, "总结"));
        assertThat(VideoChapter.format(List.of(new VideoChapter(90, "实验开始")))).isEqualTo("1:30 实验开始");
        assertThatThrownBy(() -> VideoChapter.parse("0:00 开场\n一分半 实验")).satisfies(DomainTexts.saysPart("第 2 行"));
    }

    @Test
    void aDeletionThatRollsBackQueuesNoRemovalAndKeepsTheMedia() {
        Video video = published("沙尘天气怎么晾衣服");
        String rendition = video.getMediaPrefix() + "/" + Video.MASTER_PLAYLIST;
        blobs.put(rendition, new ByteArrayInputStream("#EXTM3U".getBytes(StandardCharsets.UTF_8)), "text/plain");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    editorial.delete(video.getId(), "编辑丙");
                    throw new IllegalStateException("the request failed after the delete");
                }))
                .isInstanceOf(IllegalStateException.class);

        runQueuedRemovals();
        assertThat(videos.find(video.getId())).isPresent();
        assertThat(blobs.exists(rendition)).isTrue();
    }

    /** What the queue does after commit (jobs are off in these tests): runs each queued removal once. */
    private void runQueuedRemovals() {
        List<String> instances = jdbc.sql("select task_instance from scheduled_tasks where task_name = ?")
                .param(Jobs.REMOVE_MEDIA.name())
                .query(String.class)
                .list();
        for (String instance : instances) {
            removal.run(instance.substring("remove-".length()));
            jdbc.sql("delete from scheduled_tasks where task_name = ? and task_instance = ?")
                    .params(Jobs.REMOVE_MEDIA.name(), instance)
                    .update();
        }
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

    private long indexJobs(Video video) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_data is not null")
                .param(Jobs.INDEX_CONTENT.name())
                .query(Long.class)
                .single();
    }

    private long creator() {
        return accountNamed("creator-" + UUID.randomUUID());
    }

    private long accountNamed(String username) {
        return accounts.add(Account.create(username, "{noop}secret", "创作者", Set.of(Role.CREATOR), Instant.now()))
                .getId();
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
