package org.kepu.content.notice;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An emergency notice shown on every page while it is raised. */
@Table("site_notice")
public record SiteNotice(
        @Id Long id,
        NoticeKind kind,
        String title,
        String body,
        String link,
        String raisedBy,
        Instant raisedAt,
        String loweredBy,
        Instant loweredAt) {

    SiteNotice lower(String by, Instant at) {
        return new SiteNotice(id, kind, title, body, link, raisedBy, raisedAt, by, at);
    }
}
