package org.kepu.content;

import org.kepu.content.audit.AuditLog;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every change of an item brings with it. These listeners run synchronously inside the
 * transaction that published the event, so the change, its audit record and its index job commit
 * or roll back together; the durable job queue makes the after-commit work reliable, which is why
 * no separate event publication registry is needed.
 */
@Component
class ContentEventListeners {

    private final AuditLog audit;
    private final JobQueue jobs;
    private final ApplicationEventPublisher events;

    ContentEventListeners(AuditLog audit, JobQueue jobs, ApplicationEventPublisher events) {
        this.audit = audit;
        this.jobs = jobs;
        this.events = events;
    }

    @EventListener
    void audit(ContentEvent event) {
        audit.record(
                event.actor(),
                event.action(),
                event.key().type().code(),
                event.key().id(),
                event.detail());
    }

    @EventListener
    void reindex(ContentEvent event) {
        if (event.changesPublicView()) {
            reindex(event.key());
        }
    }

    @EventListener
    void reindex(ContentRelisted relisted) {
        relisted.keys().forEach(this::reindex);
    }

    private void reindex(ContentKey key) {
        jobs.enqueue(Jobs.INDEX_CONTENT, key.toString());
        // cached lists (home page, related items) listen after commit
        events.publishEvent(new ContentChanged(key.toString()));
    }
}
