package org.kepu.portal.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorialStatus;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The back-office video pages and the creator's side of a returned video. */
class VideoDeskIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "视频管理-密码-2026";

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aReturnedVideoIsFixedByItsCreatorAndPublishedFromTheReviewPage() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creator = person("creator-" + suffix, Role.CREATOR);
        String editor = person("editor-" + suffix, Role.EDITOR);
        String reviewer = person("reviewer-" + suffix, Role.REVIEWER);
        Video video = transcoded(creator, "牧区冬季防寒" + suffix);
        String page = "/editor/videos/" + video.getId();

        PageSession review = PageSession.login(this::uri, reviewer, PASSWORD);
        assertThat(review.get("/editor/videos?state=IN_REVIEW&q=" + encode(suffix))
                        .body())
                .contains("牧区冬季防寒" + suffix)
                .contains("待我审核的视频");
        assertThat(review.post(page + "/reject", "reason", "简介太短，请写明防寒要点").statusCode())
                .isEqualTo(302);

        PageSession own = PageSession.login(this::uri, creator, PASSWORD);
        assertThat(own.get("/creator/videos").body())
                .contains("编辑退回：简介太短，请写明防寒要点")
                .contains("修改后重新提交")
                .as("the watch link, from ItemUrls")
                .contains("href=\"/videos/" + video.getId() + "\"");
        assertThat(own.post(
                                "/creator/videos/" + video.getId() + "/edit",
                                "title",
                                "牧区冬季防寒三件事" + suffix,
                                "summary",
                                "棉衣、热水、通风：牧区冬季防寒要点。",
                                "tags",
                                "防寒，牧区",
                                "chapters",
                                "0:00 棉衣\n0:03 热水",
                                "titleMn",
                                "ᠦᠪᠦᠯ ᠦᠨ ᠬᠦᠢᠲᠡᠨ ᠡᠴᠡ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ",
                                "summaryMn",
                                "")
                        .statusCode())
                .isEqualTo(302);
        assertThat(videos.find(video.getId()).orElseThrow().getEditorial()).isEqualTo(VideoEditorialStatus.IN_REVIEW);
        assertThat(own.get("/creator/videos/" + video.getId() + "/edit").body())
                .as("the shared Mongolian fieldset, filled from the saved version")
                .contains("<fieldset class=\"mongolian-version\">")
                .contains("value=\"ᠦᠪᠦᠯ ᠦᠨ ᠬᠦᠢᠲᠡᠨ ᠡᠴᠡ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ\"");

        String reviewPage = review.get(page).body();
        assertThat(reviewPage).contains("审核通过").contains("牧区冬季防寒三件事" + suffix).contains("<del");
        assertThat(review.post(page, "title", "审核人不能改").statusCode())
                .as("a reviewer does not write")
                .isEqualTo(403);
        assertThat(review.post(page + "/approve").statusCode()).isEqualTo(302);
        assertThat(videos.find(video.getId()).orElseThrow().isPublic()).isTrue();

        PageSession desk = PageSession.login(this::uri, editor, PASSWORD);
        assertThat(desk.get("/workbench").body()).contains("/editor/videos");
        assertThat(desk.post(page + "/approve").statusCode()).isEqualTo(403);
        assertThat(desk.post(page, "title", "牧区冬季防寒", "summary", "", "chapters", "一分钟 棉衣")
                        .body())
                .contains("章节第 1 行格式不对");
        String legacy = desk.post(page, "title", "牧区冬季防寒", "summary", "", "titleMn", "\uE2F2\uE27E\uE2A8")
                .body();
        assertThat(legacy)
                .as("a legacy-encoded paste is refused next to its field, kept for fixing")
                .contains("旧编码的蒙古文")
                .contains("id=\"titleMn\"");
        assertThat(videos.find(video.getId()).orElseThrow().getTitleMn()).isEqualTo("ᠦᠪᠦᠯ ᠦᠨ ᠬᠦᠢᠲᠡᠨ ᠡᠴᠡ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ");

        assertThat(desk.postWithFile(page + "/poster", "file", "封面.png", png()).statusCode())
                .isEqualTo(302);
        assertThat(desk.get(page).body()).contains("封面已更换");
        assertThat(videos.find(video.getId()).orElseThrow().getPosterKey()).startsWith("images/");

        byte[] overlapping = "1\n00:00:01,000 --> 00:00:04,000\n一\n\n2\n00:00:03,000 --> 00:00:05,000\n二\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        var refused = desk.postWithFile(page + "/captions", "file", "字幕.srt", overlapping, "language", "zh");
        assertThat(refused.statusCode())
                .as("the editor opens with the file and its problems")
                .isEqualTo(200);
        assertThat(refused.body())
                .contains("第 2 条（第 6 行，00:00:03.000）：与第 1 条重叠")
                .contains("href=\"#cue-2\"")
                .as("the file's text, decoded from GBK, to fix in place")
                .contains("00:00:03,000 --&gt; 00:00:05,000\n二");
        assertThat(desk.get(page).body()).contains("还没有字幕");

        // published: the fixed file is a correction that waits for review; the public has no track yet
        var fixed = desk.post(
                page + "/captions/zh",
                "text",
                "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n一\n\n00:00:03.000 --> 00:00:05.000\n二\n");
        assertThat(fixed.statusCode()).isEqualTo(302);
        assertThat(desk.get(page + "/captions/zh").body()).contains("字幕修改已保存为修订", "待审核的字幕修改");
        String held = desk.get(page).body();
        assertThat(held).contains("待审核的字幕修改", "中文：2 条", "字幕修订（中文）").doesNotContain("/captions/zh/delete");
        assertThat(review.post(page + "/captions/zh", "text", "WEBVTT\n").statusCode())
                .as("a reviewer does not write")
                .isEqualTo(403);
        assertThat(desk.post(page + "/submit").statusCode()).isEqualTo(302);
        assertThat(review.get(page).body()).contains("字幕改动：中文", "已发布 0 条 → 修改后 2 条", "00:00:03.000 二");
        assertThat(review.post(page + "/approve").statusCode()).isEqualTo(302);
        assertThat(desk.get(page).body()).contains("/captions/zh/delete", "已发布");

        assertThat(desk.post(page + "/captions/zh/delete").statusCode()).isEqualTo(302);
        assertThat(desk.get(page).body()).contains("删除字幕是一份修订", "删除这一语言的字幕");
        assertThat(desk.post(page + "/captions/en/delete").statusCode()).isEqualTo(404);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Video transcoded(String owner, String title) {
        long ownerId = accounts.findByUsername(owner).orElseThrow().getId();
        Video video = videos.submit(new NewVideo(
                title,
                "防寒",
                null,
                null,
                List.of(),
                ownerId,
                "uploads/test/" + UUID.randomUUID() + ".mp4",
                VideoRoute.REVIEW));
        return videos.transcoded(
                video.getId(),
                new TranscodedMedia(
                        "videos/" + video.getId() + "/m1",
                        640,
                        360,
                        6,
                        List.of(new VideoRendition(640, 360, 900_000))));
    }

    private String person(String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        accounts.add(Account.create(username, encoder.encode(PASSWORD), username, set, Instant.now()));
        return username;
    }
}
