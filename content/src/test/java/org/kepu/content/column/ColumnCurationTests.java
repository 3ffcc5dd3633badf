package org.kepu.content.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentChanged;
import org.kepu.content.ContentKey;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Each curation step is audited under its column; only a change of the featured items reaches the home page. */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
@RecordApplicationEvents
class ColumnCurationTests {

    @Autowired
    ColumnCuration curation;

    @Autowired
    ColumnRepository columns;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    @Test
    void addingAndPinningAreAuditedAndChangeTheColumnsPage() {
        long column = column();

        curation.add(column, ContentKey.article(8_101), "编辑甲");
        long item = curation.of(column).get(0).id();
        curation.pin(column, item, true, "编辑甲");

        assertThat(audit.of("column", column))
                .extracting(AuditEvent::action)
                .containsExactlyInAnyOrder("column.item-added", "column.item-pinned");
        // the column's kept page is dropped with every step
        assertThat(events.stream(ContentChanged.class))
                .extracting(ContentChanged::subject)
                .containsExactly("column:" + column, "column:" + column);
    }

    @Test
    void featuringAndRemovingAFeaturedItemTellTheHomePage() {
        long column = column();
        curation.add(column, ContentKey.video(8_102), "编辑乙");
        long item = curation.of(column).get(0).id();

        curation.feature(column, item, true, "编辑乙");
        curation.remove(column, item, "编辑乙");

        assertThat(events.stream(ContentChanged.class))
                .extracting(ContentChanged::subject)
                .containsExactly("column:" + column, "column:" + column, "column:" + column);
        assertThat(audit.of("column", column))
                .extracting(AuditEvent::action)
                .containsExactlyInAnyOrder("column.item-added", "column.item-featured", "column.item-removed");
    }

    private long column() {
        String slug = "kepu-" + UUID.randomUUID().toString().substring(0, 8);
        return columns.save(ContentColumn.create(slug, "防灾减灾", "身边的应急知识", ColumnKind.SERIES, 1, Instant.now()))
                .id();
    }
}
