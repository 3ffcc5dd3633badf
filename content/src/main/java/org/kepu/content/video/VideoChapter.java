package org.kepu.content.video;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kepu.content.editorial.EditorialRuleBroken;

/** A chapter mark: where in the video it starts and its title. Written one a line, as {@code 1:30 标题}. */
public record VideoChapter(int atSeconds, String title) {

    private static final Pattern LINE = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})\\s+(.+)");

    /**
     * Reads chapters written one a line; blank lines are skipped.
     *
     * @throws EditorialRuleBroken naming the first line that is not {@code 分:秒 标题}
     */
    public static List<VideoChapter> parse(String text) {
        List<VideoChapter> chapters = new ArrayList<>();
        if (text == null) {
            return chapters;
        }
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()
                    || Integer.parseInt(m.group(3)) > 59
                    || m.group(4).strip().length() > 100) {
                throw new EditorialRuleBroken("video.editorial.chapter-format", i + 1);
            }
            int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            int seconds = hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            chapters.add(new VideoChapter(seconds, m.group(4).strip()));
        }
        return chapters;
    }

    /** The chapters one a line, as {@link #parse} reads them. */
    public static String format(List<VideoChapter> chapters) {
        return String.join("\n", chapters.stream().map(VideoChapter::toString).toList());
    }

    /** The start as 分:秒, or 时:分:秒 from an hour on. */
    public String time() {
        int h = atSeconds / 3600;
        int m = atSeconds / 60 % 60;
        int s = atSeconds % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    @Override
    public String toString() {
        return time() + " " + title;
    }
}
