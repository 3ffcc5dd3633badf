package org.kepu.content.video;

import java.time.Instant;
import java.util.List;

/**
 * What editors and creators change of a video: everything but its media.
 *
 * @param publishAt when it should go public once approved; {@code null} for at once
 */
public record VideoMetadata(
        String title,
        String summary,
        Long columnId,
        String townCode,
        List<String> audienceCodes,
        List<String> tags,
        List<VideoChapter> chapters,
        Instant publishAt) {

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
    }

    /** The same metadata with another title. */
    public VideoMetadata withTitle(String newTitle) {
        return new VideoMetadata(newTitle, summary, columnId, townCode, audienceCodes, tags, chapters, publishAt);
    }
}
