package org.kepu.content.contest;

/**
 * A contest's texts in traditional Mongolian: all optional; where one is empty a Mongolian page shows the Chinese
 * one, marked as Chinese.
 *
 * @param rulesHtml the rules rendered from {@code rulesSource} and sanitized by the caller, empty for none
 * @param rulesSource the rules as the admin wrote them (Markdown), empty for none
 */
public record ContestMongolian(String title, String theme, String rulesHtml, String rulesSource) {

    public static final ContestMongolian NONE = new ContestMongolian("", "", "", "");

    public ContestMongolian {
        title = title == null ? "" : title.strip();
        theme = theme == null ? "" : theme.strip();
        rulesHtml = rulesHtml == null ? "" : rulesHtml;
        rulesSource = rulesSource == null ? "" : rulesSource.strip();
    }

    public boolean isEmpty() {
        return title.isEmpty() && theme.isEmpty() && rulesSource.isEmpty();
    }
}
