package org.kepu.content.column;

import org.kepu.content.ContentChanged;
import org.kepu.content.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What a curation step brings with it, in its transaction, as the content listeners do for items. */
@Component
class ColumnCurationListener {

    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ColumnCurationListener(AuditLog audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(ColumnCurated curated) {
        audit.record(curated.actor(), curated.action(), "column", curated.columnId(), curated.detail());
        // every curation step changes the column's page; the featured ones the home page as well
        events.publishEvent(new ContentChanged("column:" + curated.columnId()));
    }
}
