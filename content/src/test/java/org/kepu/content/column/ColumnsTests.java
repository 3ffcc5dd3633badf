package org.kepu.content.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentChanged;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Creating a column and changing its details are audited under it and rebuild the home page and navigation. */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
@RecordApplicationEvents
class ColumnsTests {

    @Autowired
    Columns columns;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    @Test
    void creatingAndChangingAColumnAreAuditedAndTellTheHomePage() {
        String slug = "fangzai-" + UUID.randomUUID().toString().substring(0, 8);
        ContentColumn created = columns.create(
                ContentColumn.create(slug, "防灾减灾", "身边的应急知识", ColumnKind.SERIES, 10, Instant.now()), "编辑甲");

        columns.change(
                created.withDetails("防灾减灾周", "五月的专题", ColumnKind.CAMPAIGN, 5, LocalDate.of(2026, 5, 6), null, true),
                "编辑乙");

        assertThat(columns.findBySlug(slug))
                .get()
                .extracting(ContentColumn::name, ContentColumn::onHome)
                .containsExactly("防灾减灾周", true);
        assertThat(audit.of("column", created.id()))
                .extracting(AuditEvent::actor, AuditEvent::action)
                .containsExactlyInAnyOrder(tuple("编辑甲", "column.created"), tuple("编辑乙", "column.changed"));
        assertThat(events.stream(ContentChanged.class))
                .extracting(ContentChanged::subject)
                .containsExactly("column:" + created.id(), "column:" + created.id());
    }

    @Test
    void aColumnThatWasNeverCreatedCannotBeChanged() {
        ContentColumn unsaved = ContentColumn.create("weicunzai", "未创建的栏目", "", ColumnKind.SERIES, 1, Instant.now());

        assertThatThrownBy(() -> columns.change(unsaved, "编辑甲")).isInstanceOf(ColumnNotFound.class);
        assertThat(columns.findBySlug("weicunzai")).isEmpty();
    }
}
