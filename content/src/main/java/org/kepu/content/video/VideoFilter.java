package org.kepu.content.video;

/**
 * What the back-office video list shows; {@code null} fields do not filter.
 *
 * @param text part of the title or of the uploader's username
 */
public record VideoFilter(VideoEditorialStatus editorial, Long columnId, String townCode, String text) {

    public VideoFilter {
        townCode = townCode == null || townCode.isBlank() ? null : townCode;
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
