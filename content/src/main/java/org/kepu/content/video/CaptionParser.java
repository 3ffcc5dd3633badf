package org.kepu.content.video;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kepu.content.text.MongolianText;

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

    /** What a caption file may hold, for the editor to say and check before anything is sent. */
    public record Limits(int maxBytes, int maxCues, int maxCueChars, long endToleranceMillis) {}

    public static Limits limits() {
        return new Limits(MAX_BYTES, MAX_CUES, MAX_CUE_CHARS, END_TOLERANCE_MILLIS);
    }

    /**
     * The cues of the file, checked against the video's length when it is known.
     *
     * @throws InvalidCaption with every problem found
     */
    public static CaptionTrack parse(byte[] content, Integer videoSeconds) {
        CaptionReading reading = read(content, videoSeconds);
        if (!reading.problems().isEmpty()) {
            throw new InvalidCaption(reading.problems());
        }
        return reading.track();
    }

    /**
     * The file read as far as it can be, for the caption editor: its text (decoded, line ends made
     * {@code \n}), the cues that could be read and every problem with its cue and line. Only a file
     * that cannot be read as text at all (empty, too large, binary, an unknown encoding) is refused.
     *
     * @throws InvalidCaption when the file is not text in a known encoding
     */
    public static CaptionReading read(byte[] content, Integer videoSeconds) {
        if (content.length == 0) {
            throw new InvalidCaption("video.caption.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidCaption("video.caption.too-large");
        }
        Decoded decoded = decode(content);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\0') >= 0) {
            throw new InvalidCaption("video.caption.binary");
        }
        String[] lines = text.split("\n", -1);
        boolean vtt = lines[0].startsWith("WEBVTT");
        List<CaptionProblem> problems = new ArrayList<>();
        List<CaptionCue> cues = new ArrayList<>();
        int i = vtt ? skipBlock(lines, 0) : 0;
        if (!vtt && !looksLikeSrt(lines)) {
            problems.add(CaptionProblem.ofFile("video.caption.not-captions"));
            return new CaptionReading(text, new CaptionTrack("?", decoded.encoding(), cues), problems);
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
                throw new InvalidCaption("video.caption.too-many-cues", MAX_CUES);
            }
        }
        if (cues.isEmpty() && problems.isEmpty()) {
            problems.add(CaptionProblem.ofFile(vtt ? "video.caption.no-cues" : "video.caption.not-srt"));
        }
        return new CaptionReading(text, new CaptionTrack(vtt ? "WebVTT" : "SRT", decoded.encoding(), cues), problems);
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
            problems.add(new CaptionProblem(number, start + 1, "video.caption.bad-timing", excerpt(lines[start])));
            return;
        }
        if (!lines[start].contains("-->")) {
            // An SRT index or a WebVTT cue identifier precedes the timing line.
            if (!vtt && !SRT_INDEX.matcher(lines[start].strip()).matches()) {
                problems.add(new CaptionProblem(number, start + 1, "video.caption.not-index", excerpt(lines[start])));
                return;
            }
            timing = start + 1;
        }
        if (timing >= end || !lines[timing].contains("-->")) {
            problems.add(new CaptionProblem(number, Math.min(timing, end - 1) + 1, "video.caption.no-timing"));
            return;
        }
        String[] parts = lines[timing].split("-->", 2);
        String endAndSettings = parts[1].strip();
        int space = endAndSettings.indexOf(' ');
        long from = CaptionTimes.parse(parts[0]);
        long to = CaptionTimes.parse(space < 0 ? endAndSettings : endAndSettings.substring(0, space));
        int line = timing + 1;
        if (from < 0 || to < 0) {
            problems.add(new CaptionProblem(number, line, "video.caption.bad-timing", excerpt(lines[timing])));
            return;
        }
        int untimed = problems.size();
        StringBuilder text = new StringBuilder();
        for (int j = timing + 1; j < end; j++) {
            if (lines[j].contains("-->")) {
                problems.add(new CaptionProblem(number, j + 1, "video.caption.timing-in-text").at(from));
                return;
            }
            String plain = plain(lines[j]);
            if (!plain.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(plain);
            }
        }
        if (to <= from) {
            problems.add(new CaptionProblem(
                    number,
                    line,
                    "video.caption.ends-before-start",
                    CaptionTimes.format(to),
                    CaptionTimes.format(from)));
        }
        if (text.isEmpty()) {
            problems.add(new CaptionProblem(number, line, "video.caption.no-text"));
        } else if (text.length() > MAX_CUE_CHARS) {
            problems.add(new CaptionProblem(number, line, "video.caption.text-too-long", MAX_CUE_CHARS));
        } else if (text.indexOf("\uFFFD") >= 0) {
            // a replacement character: the text was already broken by a wrong conversion before it came here
            problems.add(new CaptionProblem(number, line, "video.caption.replacement-character"));
        } else if (!MongolianText.isUnicode(text)) {
            // Mongolian typed with an old font's private-use code points: players cannot show it
            problems.add(new CaptionProblem(number, line, "video.caption.legacy-mongolian"));
        }
        if (!cues.isEmpty()) {
            CaptionCue previous = cues.get(cues.size() - 1);
            if (from < previous.endMillis()) {
                problems.add(new CaptionProblem(
                        number,
                        line,
                        "video.caption.overlap",
                        previous.number(),
                        CaptionTimes.format(previous.endMillis()),
                        CaptionTimes.format(from)));
            }
        }
        if (videoSeconds != null) {
            long length = videoSeconds * 1000L;
            if (from >= length) {
                problems.add(
                        new CaptionProblem(number, line, "video.caption.after-video", CaptionTimes.format(length)));
            } else if (to > length + END_TOLERANCE_MILLIS) {
                problems.add(new CaptionProblem(
                        number,
                        line,
                        "video.caption.beyond-video",
                        CaptionTimes.format(to),
                        CaptionTimes.format(length)));
            }
        }
        // from here on the cue's time is known: the problem says it, to be found in the player
        for (int k = untimed; k < problems.size(); k++) {
            problems.set(k, problems.get(k).at(from));
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
                throw new InvalidCaption("video.caption.unknown-encoding");
            }
        }
    }

    private static String strict(byte[] content, int offset, Charset charset, String name) {
        try {
            return decoded(content, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InvalidCaption("video.caption.broken-characters", name);
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
