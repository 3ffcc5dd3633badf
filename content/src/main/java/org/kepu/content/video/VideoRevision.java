package org.kepu.content.video;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One saved state of a video's metadata; every save makes a new one, none is ever changed. */
@Table("video_revision")
public record VideoRevision(
        @Id Long id,
        long videoId,
        int number,
        String title,
        String summary,
        Long columnId,
        String townCode,
        String audiences,
        String tags,
        String chapters,
        Instant publishAt,
        String editor,
        String note,
        Instant createdAt,
        String titleMn,
        String summaryMn) {

    /** One field that differs between two revisions; {@code field} names it, e.g. {@code title}. */
    public record Change(String field, String before, String after) {}

    static VideoRevision of(long videoId, int number, VideoMetadata m, String editor, String note, Instant now) {
        return new VideoRevision(
                null,
                videoId,
                number,
                m.title(),
                m.summary(),
                m.columnId(),
                m.townCode(),
                String.join(",", m.audienceCodes()),
                String.join(",", m.tags()),
                VideoChapter.format(m.chapters()),
                m.publishAt(),
                editor,
                note,
                now,
                blankToNull(m.titleMn()),
                blankToNull(m.summaryMn()));
    }

    public VideoMetadata metadata() {
        return new VideoMetadata(
                title,
                summary,
                columnId,
                townCode,
                split(audiences),
                split(tags),
                VideoChapter.parse(chapters),
                publishAt,
                titleMn,
                summaryMn);
    }

    /** What this revision changed compared with {@code previous} ({@code null}: everything it sets). */
    public List<Change> changesSince(VideoRevision previous) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "title", previous == null ? null : previous.title, title);
        compare(changes, "summary", previous == null ? null : previous.summary, summary);
        compare(changes, "column", previous == null ? null : text(previous.columnId), text(columnId));
        compare(changes, "town", previous == null ? null : previous.townCode, townCode);
        compare(changes, "audiences", previous == null ? null : previous.audiences, audiences);
        compare(changes, "tags", previous == null ? null : previous.tags, tags);
        compare(changes, "chapters", previous == null ? null : previous.chapters, chapters);
        compare(changes, "titleMn", previous == null ? null : previous.titleMn, titleMn);
        compare(changes, "summaryMn", previous == null ? null : previous.summaryMn, summaryMn);
        compare(changes, "publishAt", previous == null ? null : text(previous.publishAt), text(publishAt));
        return changes;
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!Objects.equals(a, b)) {
            changes.add(new Change(field, b, a));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
