package org.kepu.content.video;

import java.time.Instant;
import java.util.List;

/**
 * What editors and creators change of a video: everything but its media.
 *
 * @param publishAt when it should go public once approved; {@code null} for at once
 * @param titleMn the title in traditional Mongolian, empty when the video has no Mongolian version
 * @param summaryMn the summary in traditional Mongolian, empty when none
 */
public record VideoMetadata(
        String title,
        String summary,
        Long columnId,
        String townCode,
        List<String> audienceCodes,
        List<String> tags,
        List<VideoChapter> chapters,
        Instant publishAt,
        String titleMn,
        String summaryMn) {

    public VideoMetadata {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        townCode = townCode == null || townCode.isBlank() ? null : townCode;
        audienceCodes = audienceCodes == null ? List.of() : List.copyOf(audienceCodes);
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .map(t -> t.replace(",", ""))
                        .distinct()
                        .toList();
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
        titleMn = titleMn == null ? "" : titleMn.strip();
        summaryMn = summaryMn == null ? "" : summaryMn.strip();
    }

    /** Metadata in Chinese only. */
    public VideoMetadata(
            String title,
            String summary,
            Long columnId,
            String townCode,
            List<String> audienceCodes,
            List<String> tags,
            List<VideoChapter> chapters,
            Instant publishAt) {
        this(title, summary, columnId, townCode, audienceCodes, tags, chapters, publishAt, "", "");
    }

    /** Whether the video has a Mongolian version: its Mongolian title. */
    public boolean hasMongolian() {
        return !titleMn.isEmpty();
    }

    /** The same metadata with this Mongolian version (empty strings: none). */
    public VideoMetadata withMongolian(String newTitleMn, String newSummaryMn) {
        return new VideoMetadata(
                title, summary, columnId, townCode, audienceCodes, tags, chapters, publishAt, newTitleMn, newSummaryMn);
    }

    /** The same metadata with another title. */
    public VideoMetadata withTitle(String newTitle) {
        return new VideoMetadata(
                newTitle, summary, columnId, townCode, audienceCodes, tags, chapters, publishAt, titleMn, summaryMn);
    }
}
