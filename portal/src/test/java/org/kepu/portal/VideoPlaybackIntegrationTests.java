package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kepu.content.video.Caption;
import org.kepu.content.video.Captions;
import org.kepu.content.video.InvalidCaption;
import org.kepu.portal.web.Texts;
import org.springframework.beans.factory.annotation.Autowired;

class VideoPlaybackIntegrationTests extends PortalIntegrationTest {

    private static final String VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n准备好家庭应急包\n";

    @Autowired
    Captions captions;

    @Autowired
    Texts texts;

    @Test
    void mediaAnswersConditionalRequestsWithNotModified() throws Exception {
        String poster = readyVideo(1) + "poster.jpg";

        HttpResponse<byte[]> first =
                http.send(HttpRequest.newBuilder(uri(poster)).build(), HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(
                HttpRequest.newBuilder(uri(poster))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age", "public"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void captionsAreOfferedOnTheVideoPageAndServedAsWebVtt() throws Exception {
        readyVideo(2);
        Caption caption = captions.upload(2, "zh", VTT.getBytes(StandardCharsets.UTF_8), "editor");

        HttpResponse<String> page = get("/videos/2");
        HttpResponse<String> track = get("/media/videos/2/captions/" + caption.id() + ".vtt");

        assertThat(page.body()).contains("<track", "kind=\"captions\"", "srclang=\"zh\"", "label=\"中文\"");
        assertThat(get("/mn/videos/2").body())
                .as("the track's name in the page's language")
                .contains("srclang=\"zh\"", "label=\"ᠬᠢᠲᠠᠳ\"");
        assertThat(track.statusCode()).isEqualTo(200);
        assertThat(track.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/vtt"));
        assertThat(track.body()).isEqualTo(VTT);
        assertThat(get("/media/videos/3/captions/" + caption.id() + ".vtt").statusCode())
                .as("a caption only under its own video")
                .isEqualTo(404);
    }

    @Test
    void captionsThatAreNeitherWebVttNorSrtAreRefusedWithAReason() {
        assertThatThrownBy(() -> captions.upload(1, "zh", "只是一段文字，没有时间轴".getBytes(StandardCharsets.UTF_8), "editor"))
                .isInstanceOfSatisfying(
                        InvalidCaption.class, e -> assertThat(texts.of(e)).contains("WebVTT"));
        assertThatThrownBy(() -> captions.upload(1, "zh", new byte[] {(byte) 0xC3, 0x28}, "editor"))
                .isInstanceOfSatisfying(
                        InvalidCaption.class, e -> assertThat(texts.of(e)).contains("UTF-8"));
        assertThatThrownBy(() -> captions.upload(1, "xx", VTT.getBytes(StandardCharsets.UTF_8), "editor"))
                .isInstanceOf(InvalidCaption.class);
    }

    @Test
    void theVideoPageOffersQualityChoiceAndTheMp4Fallback() throws Exception {
        readyVideo(1);

        String page = get("/videos/1").body();

        assertThat(page).contains("data-quality", "fallback.mp4", "data-hls=\"/media/videos/1/master.m3u8\"");
    }

    @Test
    void theVideoPageOffersSeekPreviewsFromTheStoryboard() throws Exception {
        String base = readyVideo(3);

        String page = get("/videos/3").body();
        HttpResponse<String> vtt = get(base + "storyboard.vtt");
        HttpResponse<byte[]> sprite = http.send(
                HttpRequest.newBuilder(uri(base + "sprite.jpg")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page).contains("data-storyboard=\"" + base + "storyboard.vtt\"", "data-seek");
        assertThat(vtt.body()).startsWith("WEBVTT").contains("sprite.jpg#xywh=");
        assertThat(sprite.body()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    }

    @Test
    void captionsAreSubtitleRenditionsOfTheMasterPlaylistThatFfmpegReadsInStep() throws Exception {
        String base = readyVideo(3);
        String before = get(base + "master.m3u8").body();
        captions.upload(3, "zh", VTT.getBytes(StandardCharsets.UTF_8), "editor");

        HttpResponse<String> master = get(base + "master.m3u8");
        assertThat(before).doesNotContain("TYPE=SUBTITLES");
        assertThat(master.headers().firstValue("Cache-Control"))
                .as("the master's URL outlives caption changes and file replacements")
                .hasValueSatisfying(c -> assertThat(c).contains("no-cache"));
        assertThat(master.body())
                .contains(
                        "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"中文\",LANGUAGE=\"zh\",DEFAULT=NO,AUTOSELECT=YES")
                .contains("URI=\"" + base + "subtitles/zh.m3u8\"");
        assertThat(master.body().lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(",SUBTITLES=\"subs\""));
        assertThat(get(base + "subtitles/zh.m3u8").body()).contains(base + "subtitles/zh.vtt", "#EXT-X-ENDLIST");
        assertThat(get(base + "subtitles/zh.vtt").body())
                .startsWith("WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:0,LOCAL:00:00:00.000\n")
                .contains("准备好家庭应急包");
        assertThat(get(base + "subtitles/en.m3u8").statusCode()).isEqualTo(404);

        // ffmpeg (which skips subtitle renditions in a master) reads the rendition as WebVTT, still plays the
        // rewritten master, and its segments start where the timestamp map says
        assertThat(probe(base + "subtitles/zh.m3u8")).contains("webvtt,subtitle");
        assertThat(probe(base + "master.m3u8").lines().filter(l -> l.contains(",video,")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                        .isBetween(0.0, 0.1));
    }

    private String probe(String path) throws Exception {
        Process probe = new ProcessBuilder(
                        "ffprobe",
                        "-v",
                        "error",
                        "-show_entries",
                        "stream=codec_type,codec_name,start_time",
                        "-of",
                        "csv=p=0",
                        uri(path).toString())
                .redirectErrorStream(true)
                .start();
        String streams = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor()).as(streams).isZero();
        return streams;
    }

    private String readyVideo(long id) {
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/" + id).path("status").asString()));
        return "/media/videos/" + id + "/";
    }
}
