package org.kepu.content.notice;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An emergency notice shown on every page while it is raised; {@code titleMn} and {@code bodyMn} are its traditional
 * Mongolian text, shown beside the Chinese when given.
 */
@Table("site_notice")
public record SiteNotice(
        @Id Long id,
        NoticeKind kind,
        String title,
        String body,
        String titleMn,
        String bodyMn,
        String link,
        String raisedBy,
        Instant raisedAt,
        String loweredBy,
        Instant loweredAt) {

    /** Whether the notice has its Mongolian text. */
    public boolean hasMongolian() {
        return titleMn != null;
    }

    SiteNotice lower(String by, Instant at) {
        return new SiteNotice(id, kind, title, body, titleMn, bodyMn, link, raisedBy, raisedAt, by, at);
    }
}
