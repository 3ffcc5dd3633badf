package org.kepu.content.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;

class CaptionParserTests {

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:03,500
            沙尘暴来临时要关好门窗

            2
            00:00:04,000 --> 00:00:06,000
            <i>戴上口罩</i> &amp; 护目镜
            """;

    @Test
    void anSrtInGbkBecomesWebVttInUtf8WithItsCues() {
        CaptionTrack track = CaptionParser.parse(SRT.getBytes(Charset.forName("GBK")), 60);

        assertThat(track.format()).isEqualTo("SRT");
        assertThat(track.encoding()).isEqualTo("GBK");
        assertThat(track.cues())
                .extracting(CaptionCue::startMillis, CaptionCue::endMillis, CaptionCue::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1000L, 3500L, "沙尘暴来临时要关好门窗"),
                        org.assertj.core.groups.Tuple.tuple(4000L, 6000L, "戴上口罩 & 护目镜"));
        assertThat(track.toWebVtt())
                .isEqualTo("WEBVTT\n\n00:00:01.000 --> 00:00:03.500\n沙尘暴来临时要关好门窗\n\n"
                        + "00:00:04.000 --> 00:00:06.000\n戴上口罩 &amp; 护目镜\n");
    }

    @Test
    void aWebVttWithBomNotesIdentifiersAndShortTimesIsRead() {
        String vtt =
                "\uFEFFWEBVTT - 风电\r\n\r\nNOTE 作者：科协\r\n\r\nintro\r\n00:01.000 --> 00:02.000 align:start\r\n风车\r\n";

        CaptionTrack track = CaptionParser.parse(vtt.getBytes(StandardCharsets.UTF_8), null);

        assertThat(track.format()).isEqualTo("WebVTT");
        assertThat(track.cues()).singleElement().satisfies(cue -> {
            assertThat(cue.startMillis()).isEqualTo(1000);
            assertThat(cue.text()).isEqualTo("风车");
            assertThat(cue.line()).isEqualTo(6);
        });
    }

    @Test
    void aUtf16FileFromNotepadIsRead() {
        byte[] body = ("\uFEFF" + SRT).getBytes(StandardCharsets.UTF_16LE);

        assertThat(CaptionParser.parse(body, null).cues()).hasSize(2);
    }

    @Test
    void everyProblemIsNamedWithItsCueAndLine() {
        String broken = """
                WEBVTT

                00:00:01.000 --> 00:00:05.000
                第一条

                00:00:04.000 --> 00:00:06.000
                与上一条重叠

                00:00:08.000 --> 00:00:07.000
                倒过来的时间

                00:00:09.000 --> 00:00:10.000

                00:00:11,5 -> 00:00:12.000
                坏的时间轴

                00:00:58.000 --> 00:01:10.000
                超出视频
                """;

        assertThatThrownBy(() -> CaptionParser.parse(broken.getBytes(StandardCharsets.UTF_8), 60))
                .isInstanceOfSatisfying(InvalidCaption.class, e -> {
                    List<CaptionProblem> problems = e.problems();
                    assertThat(problems)
                            .extracting(CaptionProblem::cue, CaptionProblem::line)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(2, 6),
                                    org.assertj.core.groups.Tuple.tuple(3, 9),
                                    org.assertj.core.groups.Tuple.tuple(4, 12),
                                    org.assertj.core.groups.Tuple.tuple(5, 14),
                                    org.assertj.core.groups.Tuple.tuple(6, 17));
                    assertThat(DomainTexts.wording(problems.get(0))).contains("与第 1 条重叠");
                    assertThat(DomainTexts.wording(problems.get(1))).contains("不晚于开始时间");
                    assertThat(DomainTexts.wording(problems.get(2))).contains("没有文字");
                    assertThat(DomainTexts.wording(problems.get(3))).contains("时间轴格式不对");
                    assertThat(DomainTexts.wording(problems.get(4))).contains("超出视频长度");
                    assertThat(DomainTexts.chinese(e)).startsWith("字幕文件有 5 处问题：第 2 条（第 6 行，00:00:04.000）：与第 1 条重叠");
                });
    }

    @Test
    void mongolianInAnOldFontsPrivateUseEncodingIsAProblemOfItsCueWhileUnicodeMongolianIsRead() {
        String legacy =
                "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nᠮᠣᠩᠭᠣᠯ\n\n00:00:03.000 --> 00:00:04.000\n\uE2D1\uE27F\n";

        assertThatThrownBy(() -> CaptionParser.parse(legacy.getBytes(StandardCharsets.UTF_8), 60))
                .isInstanceOfSatisfying(InvalidCaption.class, e -> {
                    assertThat(e.problems())
                            .extracting(CaptionProblem::cue, CaptionProblem::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "video.caption.legacy-mongolian"));
                    assertThat(DomainTexts.wording(e.problems().get(0))).contains("旧编码", "Unicode", "ᠮᠣᠩᠭᠣᠯ");
                });
        String unicode = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ\u180B\n";
        assertThat(CaptionParser.parse(unicode.getBytes(StandardCharsets.UTF_8), 60)
                        .cues())
                .hasSize(1);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedWithWhatToDo() {
        byte[] latin = {(byte) 0xFF, (byte) 0xFF, (byte) 0x81, 0x20, (byte) 0xFF};

        assertThatThrownBy(() -> CaptionParser.parse(latin, null))
                .isInstanceOf(InvalidCaption.class)
                .satisfies(DomainTexts.saysPart("UTF-8"));
    }

    @Test
    void textWithoutCuesAndBinaryContentAreRefused() {
        assertThatThrownBy(() -> CaptionParser.parse("随便写的一段话".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidCaption.class)
                .satisfies(DomainTexts.saysPart("SRT"));
        assertThatThrownBy(() -> CaptionParser.parse(new byte[] {'W', 0, 'E'}, null))
                .isInstanceOf(InvalidCaption.class)
                .satisfies(DomainTexts.saysPart("二进制"));
        assertThatThrownBy(() -> CaptionParser.parse(new byte[0], null)).satisfies(DomainTexts.saysPart("空的"));
    }

    @Test
    void tooManyCuesStopReadingEarly() {
        StringBuilder many = new StringBuilder("WEBVTT\n");
        for (int i = 0; i <= CaptionParser.MAX_CUES; i++) {
            many.append('\n')
                    .append(CaptionTimes.format(i * 10L))
                    .append(" --> ")
                    .append(CaptionTimes.format(i * 10L + 5))
                    .append("\n字\n");
        }

        assertThatThrownBy(() -> CaptionParser.parse(many.toString().getBytes(StandardCharsets.UTF_8), null))
                .satisfies(DomainTexts.saysPart("太多"));
    }

    @Test
    void theEditorGetsTheTextTheCuesAndEveryProblemWithItsTimeWithoutARefusal() {
        byte[] gbk = "1\r\n00:00:01,000 --> 00:00:04,000\r\n关好门窗\r\n\r\n2\r\n00:00:03,000 --> 00:00:05,000\r\n湿毛巾\r\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));

        CaptionReading reading = CaptionParser.read(gbk, 60);

        assertThat(reading.isUsable()).isFalse();
        assertThat(reading.text()).contains("关好门窗", "湿毛巾").doesNotContain("\r");
        assertThat(reading.track().encoding()).isEqualTo("GBK");
        assertThat(reading.track().cues()).hasSize(2);
        assertThat(reading.problems())
                .extracting(CaptionProblem::cue, CaptionProblem::line, CaptionProblem::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 6, "00:00:03.000"));
        assertThat(DomainTexts.wording(reading.problems().get(0).described()))
                .isEqualTo("第 2 条（第 6 行，00:00:03.000）：与第 1 条重叠：上一条 00:00:04.000 结束，这一条 00:00:03.000 就开始了。");
    }

    @Test
    void textBrokenByAnEarlierWrongConversionIsAProblemOfItsCue() {
        String broken = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n沙尘\uFFFD\uFFFD来了\n";

        assertThat(CaptionParser.read(broken.getBytes(StandardCharsets.UTF_8), 60)
                        .problems())
                .extracting(CaptionProblem::cue, CaptionProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "video.caption.replacement-character"));
    }

    @Test
    void pathologicalTimingsAndSizesAreProblemsNotFailures() {
        String far = "WEBVTT\n\n999:59:59.999 --> 999:59:59.999\n很远\n\n00:00:01.000 --> 00:00:02.000\n早\n";
        assertThat(CaptionParser.read(far.getBytes(StandardCharsets.UTF_8), 60).problems())
                .extracting(CaptionProblem::code)
                .contains("video.caption.ends-before-start", "video.caption.after-video", "video.caption.overlap");

        StringBuilder many = new StringBuilder("WEBVTT\n");
        for (int i = 0; i <= CaptionParser.MAX_CUES; i++) {
            many.append('\n')
                    .append(CaptionTimes.format(i * 10L))
                    .append(" --> ")
                    .append(CaptionTimes.format(i * 10L + 5))
                    .append("\n字\n");
        }
        assertThatThrownBy(() -> CaptionParser.read(many.toString().getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidCaption.class)
                .satisfies(DomainTexts.saysPart("条目太多"));

        StringBuilder overlaps = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < 500; i++) {
            overlaps.append("\n00:00:01.000 --> 00:00:02.000\n重叠\n");
        }
        assertThat(CaptionParser.read(overlaps.toString().getBytes(StandardCharsets.UTF_8), 60)
                        .problems())
                .as("the list of problems is capped")
                .hasSizeLessThanOrEqualTo(51);
    }
}
