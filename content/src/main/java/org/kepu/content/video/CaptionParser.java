package org.kepu.content.video;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a caption file as creators have them: WebVTT or SRT, in UTF-8 (with or without a BOM),
 * UTF-16 with a BOM (Windows Notepad's "Unicode") or GBK (older Chinese tools). Every problem is
 * collected with its cue number and line instead of stopping at the first, so one upload shows
 * everything to fix. Markup in cue text is dropped: captions are plain text here.
 */
public final class CaptionParser {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_CUES = 5000;
    static final int MAX_CUE_CHARS = 500;
    private static final int MAX_PROBLEMS = 50;
    /** A cue may end this much after the last frame: encoders round the length down. */
    private static final long END_TOLERANCE_MILLIS = 1000;

    private static final Charset GBK = Charset.forName("GBK");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    private static final Pattern SRT_INDEX = Pattern.compile("\\d+");
    /** A line meant as a timing but mistyped: an arrow, or a time, in it. */
    private static final Pattern WOULD_BE_TIMING = Pattern.compile("->|\\d{1,2}:\\d{2}[.,:]\\d");

    private CaptionParser() {}

    /**
     * The cues of the file, checked against the video's length when it is known.
     *
     * @throws InvalidCaption with every problem found
     */
    public static CaptionTrack parse(byte[] content, Integer videoSeconds) {
        if (content.length == 0) {
            throw new InvalidCaption("字幕文件是空的。");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidCaption("字幕文件太大（不能超过 1 MB）。");
        }
        Decoded decoded = decode(content);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\0') >= 0) {
            throw new InvalidCaption("这不是文本格式的字幕文件（含有二进制内容）。");
        }
        String[] lines = text.split("\n", -1);
        boolean vtt = lines[0].startsWith("WEBVTT");
        List<CaptionProblem> problems = new ArrayList<>();
        List<CaptionCue> cues = new ArrayList<>();
        int i = vtt ? skipBlock(lines, 0) : 0;
        if (!vtt && !looksLikeSrt(lines)) {
            throw new InvalidCaption("这不是 WebVTT 或 SRT 字幕文件（WebVTT 以 WEBVTT 开头；SRT 每条是序号、"
                    + "时间轴如 00:00:01,000 --> 00:00:03,000，下面是文字）。");
        }
        int blocks = 0;
        while (i < lines.length && problems.size() < MAX_PROBLEMS) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int end = skipBlock(lines, i);
            if (vtt && (lines[i].startsWith("NOTE") || lines[i].equals("STYLE") || lines[i].equals("REGION"))) {
                i = end;
                continue;
            }
            readCue(lines, blockStart, end, vtt, ++blocks, videoSeconds, cues, problems);
            i = end;
            if (cues.size() > MAX_CUES) {
                throw new InvalidCaption("字幕条目太多（不能超过 " + MAX_CUES + " 条）。");
            }
        }
        if (cues.isEmpty() && problems.isEmpty()) {
            problems.add(CaptionProblem.ofFile(
                    vtt
                            ? "文件里没有字幕条目（每条应有一行时间轴，如 00:00:01.000 --> 00:00:03.000，下面是文字）。"
                            : "这不是 WebVTT 或 SRT 字幕文件（每条应有一行时间轴，如 00:00:01,000 --> 00:00:03,000，下面是文字）。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaption(problems);
        }
        return new CaptionTrack(vtt ? "WebVTT" : "SRT", decoded.encoding(), cues);
    }

    private static void readCue(
            String[] lines,
            int start,
            int end,
            boolean vtt,
            int number,
            Integer videoSeconds,
            List<CaptionCue> cues,
            List<CaptionProblem> problems) {
        int timing = start;
        if (!lines[start].contains("-->")
                && WOULD_BE_TIMING.matcher(lines[start]).find()) {
            problems.add(new CaptionProblem(
                    number, start + 1, "时间轴格式不对：“" + excerpt(lines[start]) + "”，应为 00:00:01.000 --> 00:00:03.000。"));
            return;
        }
        if (!lines[start].contains("-->")) {
            // An SRT index or a WebVTT cue identifier precedes the timing line.
            if (!vtt && !SRT_INDEX.matcher(lines[start].strip()).matches()) {
                problems.add(new CaptionProblem(number, start + 1, "应为序号或时间轴，却是“" + excerpt(lines[start]) + "”。"));
                return;
            }
            timing = start + 1;
        }
        if (timing >= end || !lines[timing].contains("-->")) {
            problems.add(new CaptionProblem(
                    number, Math.min(timing, end - 1) + 1, "缺少时间轴（如 00:00:01.000 --> 00:00:03.000）。"));
            return;
        }
        String[] parts = lines[timing].split("-->", 2);
        String endAndSettings = parts[1].strip();
        int space = endAndSettings.indexOf(' ');
        long from = CaptionTimes.parse(parts[0]);
        long to = CaptionTimes.parse(space < 0 ? endAndSettings : endAndSettings.substring(0, space));
        int line = timing + 1;
        if (from < 0 || to < 0) {
            problems.add(new CaptionProblem(
                    number, line, "时间轴格式不对：“" + excerpt(lines[timing]) + "”，应为 00:00:01.000 --> 00:00:03.000。"));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int j = timing + 1; j < end; j++) {
            if (lines[j].contains("-->")) {
                problems.add(new CaptionProblem(number, j + 1, "文字里出现了时间轴：上一条是否少了空行？"));
                return;
            }
            String plain = plain(lines[j]);
            if (!plain.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(plain);
            }
        }
        if (to <= from) {
            problems.add(new CaptionProblem(
                    number, line, "结束时间（" + CaptionTimes.format(to) + "）不晚于开始时间（" + CaptionTimes.format(from) + "）。"));
        }
        if (text.isEmpty()) {
            problems.add(new CaptionProblem(number, line, "这一条没有文字。"));
        } else if (text.length() > MAX_CUE_CHARS) {
            problems.add(new CaptionProblem(number, line, "这一条文字太长（不能超过 " + MAX_CUE_CHARS + " 字），请拆成几条。"));
        }
        if (!cues.isEmpty()) {
            CaptionCue previous = cues.get(cues.size() - 1);
            if (from < previous.endMillis()) {
                problems.add(new CaptionProblem(
                        number,
                        line,
                        "与第 " + previous.number() + " 条重叠：上一条 " + CaptionTimes.format(previous.endMillis()) + " 结束，这一条 "
                                + CaptionTimes.format(from) + " 就开始了。"));
            }
        }
        if (videoSeconds != null) {
            long length = videoSeconds * 1000L;
            if (from >= length) {
                problems.add(new CaptionProblem(number, line, "开始于视频结束之后（视频长 " + CaptionTimes.format(length) + "）。"));
            } else if (to > length + END_TOLERANCE_MILLIS) {
                problems.add(new CaptionProblem(
                        number,
                        line,
                        "结束时间 " + CaptionTimes.format(to) + " 超出视频长度（" + CaptionTimes.format(length) + "）。"));
            }
        }
        cues.add(new CaptionCue(number, line, from, to, text.toString()));
    }

    private static boolean looksLikeSrt(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return SRT_INDEX.matcher(line.strip()).matches() || line.contains("-->");
            }
        }
        return false;
    }

    private static int skipBlock(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String plain(String line) {
        return TAG.matcher(line)
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .strip();
    }

    private static String excerpt(String line) {
        String s = line.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private record Decoded(String text, String encoding) {}

    private static Decoded decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(content, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8");
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new Decoded(strict(content, 2, StandardCharsets.UTF_16LE, "UTF-16"), "UTF-16");
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new Decoded(strict(content, 2, StandardCharsets.UTF_16BE, "UTF-16"), "UTF-16");
        }
        try {
            return new Decoded(decoded(content, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decoded(content, 0, GBK), "GBK");
            } catch (CharacterCodingException notGbk) {
                throw new InvalidCaption("字幕文件的编码无法识别：请另存为 UTF-8（或 GBK）编码再上传。");
            }
        }
    }

    private static String strict(byte[] content, int offset, Charset charset, String name) {
        try {
            return decoded(content, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InvalidCaption("字幕文件标明是 " + name + " 编码，但其中有损坏的字符：请重新另存为 UTF-8 再上传。");
        }
    }

    private static String decoded(byte[] content, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
