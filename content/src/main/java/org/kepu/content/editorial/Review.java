package org.kepu.content.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kepu.content.ContentEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review at {@code kepu.editorial.review-levels}, the one review of every reviewed kind of item
 * (articles, videos): approval level by level under the four-eyes rule and the sensitive-word
 * check; at the last level the item is published, scheduled, or its correction replaces what is
 * published; or it goes back to its author with a reason. The steps and rules are here once; a kind
 * says how its items are read, stored, changed and told of. Roles are the portal's to check.
 *
 * @param <T> the reviewed item
 */
public abstract class Review<T> {

    /** Where an item stands, as review sees it. */
    protected enum Stage {
        /** Submitted for its first publication (or again after being taken offline). */
        IN_REVIEW,
        /** Published, with a correction submitted for review. */
        CORRECTION_IN_REVIEW,
        /** Approved at every level, waiting for its publication time. */
        SCHEDULED,
        OTHER
    }

    /** A step of review, told by the kind's typed event. */
    protected enum Step {
        APPROVED,
        SENSITIVE_WORDS_OVERRIDDEN,
        PUBLISHED,
        SCHEDULED,
        CORRECTED,
        RETURNED,
        CORRECTION_RETURNED
    }

    /** Who an item's four-eyes rule is about, and the last revision approved at every level (or null). */
    protected record People(String author, String submitter, Integer approvedRevision) {

        // the kinds construct it from their own packages
        public People {}
    }

    private static final int MAX_REASON = 500;

    private final FourEyes.Kind kind;
    private final String codes;
    private final EditorialSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** @param codes the prefix of the kind's rule codes in {@code i18n/domain}, e.g. {@code video.editorial.} */
    protected Review(
            FourEyes.Kind kind,
            String codes,
            EditorialSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.kind = kind;
        this.codes = codes;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Approves the item at the next level. At the last level it is published, scheduled when its
     * publication time is ahead, or its correction replaces the published version. Sensitive words
     * block the approval unless the reviewer overrides them, which is told (and audited).
     */
    @Transactional
    public T approve(long id, String reviewer, boolean overrideSensitive) {
        T item = item(id);
        Stage stage = stage(item);
        if (stage != Stage.IN_REVIEW && stage != Stage.CORRECTION_IN_REVIEW) {
            throw new EditorialRuleBroken(codes + "not-in-review");
        }
        checkApprovable(item);
        Optional<FourEyes.Conflict> conflict = conflictOf(item, reviewer);
        if (conflict.isPresent()) {
            throw new EditorialRuleBroken(conflict.get());
        }
        boolean changed = false;
        List<String> sensitive = sensitiveIn(item);
        if (!sensitive.isEmpty()) {
            if (!overrideSensitive) {
                throw new EditorialRuleBroken(codes + "sensitive-words", String.join("、", sensitive));
            }
            changed = sensitiveWordsOverridden(item, reviewer);
            tell(Step.SENSITIVE_WORDS_OVERRIDDEN, id, reviewer, String.join("、", sensitive));
        }
        int revision = currentRevision(id);
        int level = approvers(id, revision).size() + 1;
        recordDecision(id, revision, level, reviewer, ReviewDecision.APPROVED, null);
        tell(Step.APPROVED, id, reviewer, "第 " + level + " 级审核通过（共 " + settings.reviewLevels() + " 级）");
        if (level < settings.reviewLevels()) {
            return changed ? save(item) : item;
        }
        approvedAt(item, revision);
        if (stage == Stage.CORRECTION_IN_REVIEW) {
            correctionApproved(item, revision, clock.instant());
            T saved = save(item);
            tell(Step.CORRECTED, id, reviewer, "第 " + revision + " 版替换已发布版本");
            return saved;
        }
        return release(item, reviewer);
    }

    /** Returns the item (or its correction) to its author; the reason is shown to them. */
    @Transactional
    public T reject(long id, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new EditorialRuleBroken("editorial.reason-required");
        }
        T item = item(id);
        Stage stage = stage(item);
        if (stage == Stage.OTHER) {
            throw new EditorialRuleBroken(codes + "not-in-review");
        }
        String cleaned =
                reason.strip().length() > MAX_REASON ? reason.strip().substring(0, MAX_REASON) : reason.strip();
        int revision = currentRevision(id);
        recordDecision(id, revision, approvers(id, revision).size() + 1, reviewer, ReviewDecision.REJECTED, cleaned);
        boolean correction = stage == Stage.CORRECTION_IN_REVIEW;
        if (correction) {
            correctionReturned(item, cleaned, clock.instant());
        } else {
            returned(item, cleaned, clock.instant());
        }
        T saved = save(item);
        tell(correction ? Step.CORRECTION_RETURNED : Step.RETURNED, id, reviewer, cleaned);
        return saved;
    }

    /** Publishes a scheduled item whose time has come; run by the queue, idempotent. */
    @Transactional
    public void publishScheduled(long id) {
        find(id).filter(item -> stage(item) == Stage.SCHEDULED).ifPresent(item -> {
            published(item, clock.instant());
            save(item);
            tell(Step.PUBLISHED, id, "system", "按计划发布");
        });
    }

    /** How many approvals the current revision has, of {@link #reviewLevels()}. */
    @Transactional(readOnly = true)
    public int approvals(long id) {
        return approvers(id, currentRevision(id)).size();
    }

    public int reviewLevels() {
        return settings.reviewLevels();
    }

    /** Why this person may not approve the item at its next level; empty when they may. */
    @Transactional(readOnly = true)
    public Optional<FourEyes.Conflict> whyNotApprover(long id, String reviewer) {
        return conflictOf(item(id), reviewer);
    }

    /** Whether the item was approved at every level and waits for its publication time. */
    @Transactional(readOnly = true)
    public boolean isScheduled(long id) {
        return stage(item(id)) == Stage.SCHEDULED;
    }

    /** Whether the item is this reviewer's to approve at its next level (for review queues). */
    protected final boolean mayApprove(T item, String reviewer) {
        return conflictOf(item, reviewer).isEmpty();
    }

    /** The sensitive words in what is reviewed: the pending version's texts. */
    public abstract List<String> sensitiveIn(T item);

    /** The item, or the kind's not-found refusal. */
    protected abstract T item(long id);

    protected abstract Optional<T> find(long id);

    protected abstract T save(T item);

    protected abstract long idOf(T item);

    protected abstract Stage stage(T item);

    protected abstract People people(T item);

    /** The item's revisions, newest first. */
    protected abstract List<FourEyes.Change> changes(long id);

    protected abstract int currentRevision(long id);

    /** Who approved this revision so far, by level. */
    protected abstract List<String> approvers(long id, int revision);

    protected abstract void recordDecision(
            long id, int revision, int level, String reviewer, ReviewDecision decision, String reason);

    /** A kind's own condition for approval (a video must be transcoded); throws when it fails. */
    protected void checkApprovable(T item) {}

    /** Marks the override on the item, when the kind keeps it there; true if the item changed. */
    protected boolean sensitiveWordsOverridden(T item, String reviewer) {
        return false;
    }

    protected abstract void approvedAt(T item, int revision);

    /** The approved correction (revision {@code revision}) becomes the published version. */
    protected abstract void correctionApproved(T item, int revision, Instant now);

    /** When the item is to be published, or null for at once. */
    protected abstract Instant publishAt(T item);

    protected abstract void scheduled(T item, Instant now);

    /** Queues the scheduled publication at {@code at}; the job calls {@link #publishScheduled}. */
    protected abstract void enqueuePublication(T saved, Instant at);

    protected abstract void published(T item, Instant now);

    protected abstract void returned(T item, String reason, Instant now);

    protected abstract void correctionReturned(T item, String reason, Instant now);

    /** The kind's typed event for a step, published in the transaction of the change. */
    protected abstract ContentEvent event(Step step, long id, String actor, String detail);

    private T release(T item, String reviewer) {
        Instant now = clock.instant();
        Instant at = publishAt(item);
        if (at != null && at.isAfter(now)) {
            scheduled(item, now);
            T saved = save(item);
            enqueuePublication(saved, at);
            tell(Step.SCHEDULED, idOf(saved), reviewer, at.toString());
            return saved;
        }
        published(item, now);
        T saved = save(item);
        tell(Step.PUBLISHED, idOf(saved), reviewer, null);
        return saved;
    }

    private Optional<FourEyes.Conflict> conflictOf(T item, String reviewer) {
        long id = idOf(item);
        People people = people(item);
        return FourEyes.conflict(
                kind,
                reviewer,
                people.author(),
                people.submitter(),
                people.approvedRevision(),
                changes(id),
                approvers(id, currentRevision(id)));
    }

    private void tell(Step step, long id, String actor, String detail) {
        events.publishEvent(event(step, id, actor, detail));
    }
}
