package org.kepu.content.serviceorder;

/**
 * A search of the 科普专家库; null or blank parts do not filter.
 *
 * @param specialty a column id
 * @param language {@code zh} or {@code mn}
 * @param page from 0, {@link Experts#PAGE_SIZE} a page
 */
public record ExpertQuery(
        Long specialty,
        String townCode,
        String language,
        String name,
        boolean availableOnly,
        boolean withRetired,
        int page) {

    public ExpertQuery {
        page = Math.max(0, Math.min(page, 10_000));
        name = name == null ? "" : name.strip();
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
    }
}
