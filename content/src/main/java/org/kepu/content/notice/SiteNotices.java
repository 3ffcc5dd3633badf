package org.kepu.content.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kepu.content.PageGenerationAdvanced;
import org.kepu.content.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises and lowers the site-wide emergency notice. Every page asks for the active notice, so it is
 * remembered for a few seconds; with several portals a change shows everywhere within that time, or at
 * once where the page generation moves first (cached pages show the notice too).
 */
@Service
public class SiteNotices {

    private static final Duration CACHE = Duration.ofSeconds(3);

    private final SiteNoticeRepository repository;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private volatile Cached cached = new Cached(Optional.empty(), Instant.MIN);

    SiteNotices(SiteNoticeRepository repository, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** Raises a notice in Chinese only, lowering any other first: at most one is shown. */
    @Transactional
    public SiteNotice raise(NoticeKind kind, String title, String body, String link, String by) {
        return raise(kind, title, body, null, null, link, by);
    }

    /**
     * Raises a notice with its Mongolian text beside the Chinese (both or neither of {@code titleMn} and {@code
     * bodyMn}), lowering any other first.
     */
    @Transactional
    public SiteNotice raise(
            NoticeKind kind, String title, String body, String titleMn, String bodyMn, String link, String by) {
        Instant now = clock.instant();
        repository
                .findFirstByLoweredAtIsNullOrderByRaisedAtDesc()
                .ifPresent(old -> repository.save(old.lower(by, now)));
        SiteNotice notice = repository.save(new SiteNotice(
                null,
                kind,
                title.strip(),
                body.strip(),
                blankToNull(titleMn),
                blankToNull(bodyMn),
                blankToNull(link),
                by,
                now,
                null,
                null));
        audit.record(by, "notice.raised", "notice", notice.id(), notice.title());
        events.publishEvent(new SiteNoticeChanged(notice.id()));
        cached = new Cached(Optional.of(notice), now);
        return notice;
    }

    @Transactional
    public void lower(String by) {
        Instant now = clock.instant();
        repository.findFirstByLoweredAtIsNullOrderByRaisedAtDesc().ifPresent(old -> {
            repository.save(old.lower(by, now));
            audit.record(by, "notice.lowered", "notice", old.id(), old.title());
            events.publishEvent(new SiteNoticeChanged(old.id()));
        });
        cached = new Cached(Optional.empty(), now);
    }

    public Optional<SiteNotice> active() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current.at().plus(CACHE).isBefore(now)) {
            current = new Cached(repository.findFirstByLoweredAtIsNullOrderByRaisedAtDesc(), now);
            cached = current;
        }
        return current.notice();
    }

    /** Another portal raised or lowered a notice (or changed content): read it again before the next page. */
    @EventListener
    void on(PageGenerationAdvanced advanced) {
        cached = new Cached(Optional.empty(), Instant.MIN);
    }

    /** The latest notices, raised or lowered, for the editors' record. */
    public List<SiteNotice> history() {
        return repository.findTop10ByOrderByRaisedAtDesc();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Cached(Optional<SiteNotice> notice, Instant at) {}
}
