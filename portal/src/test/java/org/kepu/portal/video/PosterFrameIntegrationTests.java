package org.kepu.portal.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor picks the poster among the storyboard's frames; the worker in the portal takes it. */
class PosterFrameIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "选封面-密码-2026";

    @TempDir
    Path temp;

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Autowired
    BlobStore blobs;

    @Autowired
    SampleVideos samples;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aFramePickedFromTheStoryboardBecomesThePoster() {
        String editor = "poster-editor-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.add(Account.create(editor, encoder.encode(PASSWORD), editor, EnumSet.of(Role.EDITOR), Instant.now()));
        Video video = transcoded(editor, "沙尘暴来临时怎么办");
        String page = "/editor/videos/" + video.getId();
        PageSession desk = PageSession.login(this::uri, editor, PASSWORD);

        String html = desk.get(page).body();
        assertThat(html).contains("从视频画面中选封面").contains("/media/videos/" + video.getId() + "/sprite.jpg");
        assertThat(Pattern.compile("name=\"seconds\"").matcher(html).results().count())
                .as("one choice per storyboard frame, one a second of a 6-second video")
                .isBetween(6L, 7L);
        byte[] transcodersPoster = poster(video);

        assertThat(desk.post(page + "/poster-frame", "seconds", "4").statusCode())
                .isEqualTo(302);
        assertThat(desk.get(page).body()).contains("已选定画面");
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !Arrays.equals(poster(video), transcodersPoster));

        assertThat(desk.post(page + "/poster-frame", "seconds", "60").statusCode())
                .isEqualTo(302);
        assertThat(desk.get(page).body()).contains("所选的时间不在视频之内");
    }

    private Video transcoded(String owner, String title) {
        Path source = samples.generate(temp.resolve("source.mp4"), 640, 360, Duration.ofSeconds(6));
        String key = "uploads/test/" + UUID.randomUUID() + ".mp4";
        blobs.put(key, source, "video/mp4");
        long ownerId = accounts.findByUsername(owner).orElseThrow().getId();
        Video video = videos.submit(new NewVideo(title, "防沙", null, null, List.of(), ownerId, key, VideoRoute.DRAFT));
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> videos.find(video.getId()).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        Video ready = videos.find(video.getId()).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        return ready;
    }

    private byte[] poster(Video video) {
        try (InputStream in = blobs.open(video.mediaKey(Video.POSTER))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
