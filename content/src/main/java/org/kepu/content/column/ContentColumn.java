package org.kepu.content.column;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An editor-curated column (专栏 or 专题) grouping articles and videos. */
@Table("content_column")
public record ContentColumn(
        @Id Long id,
        String slug,
        String name,
        String description,
        ColumnKind kind,
        int sortOrder,
        Instant createdAt,
        String coverKey,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean onHome,
        String nameMn,
        String descriptionMn) {

    public static ContentColumn create(
            String slug, String name, String description, ColumnKind kind, int sortOrder, Instant now) {
        return new ContentColumn(
                null, slug, name, description, kind, sortOrder, now, null, null, null, false, null, null);
    }

    /** The name in a language ({@code zh} or {@code mn}): the Mongolian one when it is given, else the Chinese. */
    public String nameIn(String lang) {
        return hasMongolian(lang) ? nameMn : name;
    }

    /** The description in a language, as {@link #nameIn}. */
    public String descriptionIn(String lang) {
        return hasMongolian(lang) && descriptionMn != null && !descriptionMn.isBlank() ? descriptionMn : description;
    }

    /** The language {@link #nameIn} answers in for a page in {@code lang}: {@code mn} or {@code zh}. */
    public String nameLang(String lang) {
        return hasMongolian(lang) ? "mn" : "zh";
    }

    /** The language {@link #descriptionIn} answers in for a page in {@code lang}. */
    public String descriptionLang(String lang) {
        return "mn".equals(lang) && descriptionMn != null && !descriptionMn.isBlank() ? "mn" : "zh";
    }

    private boolean hasMongolian(String lang) {
        return "mn".equals(lang) && nameMn != null && !nameMn.isBlank();
    }

    /** The same column with its Mongolian name and description (blank for none). */
    public ContentColumn withMongolian(String newNameMn, String newDescriptionMn) {
        return new ContentColumn(
                id,
                slug,
                name,
                description,
                kind,
                sortOrder,
                createdAt,
                coverKey,
                startsOn,
                endsOn,
                onHome,
                blankToNull(newNameMn),
                blankToNull(newDescriptionMn));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The same column with new details from an editor; id, slug and creation stay. */
    public ContentColumn withDetails(
            String name,
            String description,
            ColumnKind kind,
            int sortOrder,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean onHome) {
        return new ContentColumn(
                id,
                slug,
                name,
                description,
                kind,
                sortOrder,
                createdAt,
                coverKey,
                startsOn,
                endsOn,
                onHome,
                nameMn,
                descriptionMn);
    }

    /** Whether a 专题 runs on the day; a 专栏 always does. */
    public boolean isRunningOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }
}
