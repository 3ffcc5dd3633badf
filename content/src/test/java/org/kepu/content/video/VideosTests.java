package org.kepu.content.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.jobs.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
class VideosTests {

    @Autowired
    Videos videos;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void aSubmittedVideoIsProcessingAndHasATranscodeJob() {
        Video video = videos.submit(upload("家庭应急包里放什么"));

        assertThat(video.getStatus()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(video.isPublic()).isFalse();
        long jobs = jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(Jobs.TRANSCODE_VIDEO.name(), "video-" + video.getId())
                .query(Long.class)
                .single();
        assertThat(jobs).isEqualTo(1);
        assertThat(videos.find(video.getId()).orElseThrow().isPublic()).isFalse();
    }

    @Test
    void anUnfinishedUploadOfRenditionsIsRememberedUntilTheVideoSwitchesToNewOnes() {
        Video video = videos.submit(upload("沙尘暴来了怎么办"));

        videos.uploadingTo(video.getId(), "videos/" + video.getId() + "/m1");
        assertThat(videos.abandonedMedia(video.getId())).hasValue("videos/" + video.getId() + "/m1");

        videos.uploadingTo(video.getId(), "videos/" + video.getId() + "/m2");
        videos.transcoded(
                video.getId(),
                new TranscodedMedia(
                        "videos/" + video.getId() + "/m2",
                        640,
                        360,
                        6,
                        List.of(new VideoRendition(640, 360, 900_000))));
        assertThat(videos.abandonedMedia(video.getId())).isEmpty();
        assertThat(videos.find(video.getId()).orElseThrow().getMediaPrefix())
                .isEqualTo("videos/" + video.getId() + "/m2");
    }

    @Test
    void progressIsClampedAndStoredWhileProcessing() {
        Video video = videos.submit(upload("一分钟学会洗手"));

        videos.progressed(video.getId(), 42);
        assertThat(videos.find(video.getId()).orElseThrow().getProgress()).isEqualTo(42);
        videos.progressed(video.getId(), 250);
        assertThat(videos.find(video.getId()).orElseThrow().getProgress()).isEqualTo(100);
    }

    @Test
    void aTranscodedPublishedVideoBecomesPublicWithItsRenditions() {
        Video video = videos.submit(upload("风从哪里来"));

        videos.transcoded(
                video.getId(),
                new TranscodedMedia(
                        "videos/" + video.getId() + "/media",
                        640,
                        360,
                        6,
                        List.of(new VideoRendition(640, 360, 900_000), new VideoRendition(426, 240, 500_000))));

        Video ready = videos.find(video.getId()).orElseThrow();
        assertThat(ready.isPublic()).isTrue();
        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(ready.getProgress()).isEqualTo(100);
        assertThat(ready.getPublishedAt()).isNotNull();
        assertThat(ready.getRenditions()).extracting(VideoRendition::height).containsExactly(360, 240);
        assertThat(ready.mediaKey(Video.MASTER_PLAYLIST)).isEqualTo("videos/" + video.getId() + "/media/master.m3u8");
    }

    @Test
    void aRejectedVideoKeepsItsReasonAndStaysHidden() {
        Video video = videos.submit(upload("不是视频的文件"));

        videos.rejected(video.getId(), "文件不是可识别的视频");

        Video rejected = videos.find(video.getId()).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(VideoStatus.REJECTED);
        assertThat(rejected.getReason()).isEqualTo("文件不是可识别的视频");
        assertThat(rejected.isPublic()).isFalse();
    }

    /** Finding 9: one account filled the transcode queue for everybody. */
    @Test
    void anAccountWithTheMostUnfinishedVideosIsRefusedAnotherUntilOneIsDone() {
        long owner = accounts.add(Account.create(
                        "creator-" + UUID.randomUUID(), "{noop}secret", "创作者", Set.of(Role.CREATOR), Instant.now()))
                .getId();
        List<Video> unfinished = List.of(
                videos.submit(owned("第一段", owner)),
                videos.submit(owned("第二段", owner)),
                videos.submit(owned("第三段", owner)));

        assertThatThrownBy(() -> videos.submit(owned("第四段", owner)))
                .isInstanceOf(TooManyUnfinishedVideos.class)
                .satisfies(DomainTexts.says("您已有 3 个视频正在排队或转码，请等它们处理完成后再上传新的视频"));
        assertThatThrownBy(() -> videos.requireRoomFor(owner)).isInstanceOf(TooManyUnfinishedVideos.class);
        assertThat(videos.ownedBy(owner)).hasSize(3);

        videos.rejected(unfinished.get(0).getId(), "文件不是可识别的视频");
        videos.requireRoomFor(owner);
        assertThat(videos.submit(owned("第四段", owner)).getStatus()).isEqualTo(VideoStatus.PROCESSING);
    }

    private static NewVideo owned(String title, long owner) {
        return new NewVideo(
                title, "", null, null, List.of(), owner, "uploads/test/" + title + ".mp4", VideoRoute.REVIEW);
    }

    private static NewVideo upload(String title) {
        return new NewVideo(
                title,
                title + "的简介",
                null,
                "ejinhoro",
                List.of("youth"),
                null,
                "uploads/test/source.mp4",
                VideoRoute.DIRECT);
    }
}
