package org.kepu.content.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kepu.content.editorial.FourEyes;
import org.kepu.content.editorial.SensitiveWords;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: 草稿 → 待审核 → (已排期 →) 已发布 → 已下线. Editors write and submit;
 * reviewers approve at one or more levels or reject with a reason; every save is a revision; every
 * action is in the audit log. Four eyes: each level is a different person, never the author, nor
 * anyone who changed the text since it was last approved at every level, nor its submitter. Roles
 * are checked by the portal; the rules of the workflow itself are checked here.
 */
@Service
public class Editorial {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ReviewRepository reviews;
    private final SensitiveWords sensitiveWords;
    private final JobQueue jobs;
    private final ApplicationEventPublisher events;
    private final EditorialSettings settings;
    private final Clock clock;

    Editorial(
            ArticleRepository articles,
            RevisionRepository revisions,
            ReviewRepository reviews,
            SensitiveWords sensitiveWords,
            JobQueue jobs,
            ApplicationEventPublisher events,
            EditorialSettings settings,
            Clock clock) {
        this.events = events;
        this.articles = articles;
        this.revisions = revisions;
        this.reviews = reviews;
        this.sensitiveWords = sensitiveWords;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new draft; {@code draft.publishedAt()} is the wished publication time, if any. */
    @Transactional
    public Article write(ArticleDraft draft, String markdown, String coverKey, String editor) {
        Article article = Article.draft(draft, clock.instant());
        article.written(markdown, coverKey, editor);
        Article saved = articles.save(article);
        saveRevision(saved, editor, "新建");
        events.publishEvent(new ArticleCreated(saved.getId(), editor, saved.getTitle()));
        return saved;
    }

    /**
     * Saves changes to a draft, refusing them if someone saved after {@code expectedVersion}. Changes to a
     * published article are a correction: a new revision kept aside and reviewed while the published text
     * stays online.
     */
    @Transactional
    public Article revise(
            long id, long expectedVersion, ArticleDraft draft, String markdown, String coverKey, String editor) {
        Article article = get(id);
        if (article.getVersion() != expectedVersion) {
            throw new StaleArticle(id);
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            return correct(article, draft, markdown, coverKey, editor);
        }
        if (article.getStatus() != ArticleStatus.DRAFT && article.getStatus() != ArticleStatus.OFFLINE) {
            throw new EditorialRuleBroken("editorial.article.locked");
        }
        article.revise(draft, markdown, coverKey, clock.instant());
        article.dropCorrection();
        if (article.getStatus() == ArticleStatus.OFFLINE) {
            article.reopened(clock.instant());
        }
        Article saved = articles.save(article);
        saveRevision(saved, editor, null);
        events.publishEvent(new ArticleRevised(id, editor, saved.getTitle()));
        return saved;
    }

    private Article correct(Article article, ArticleDraft draft, String markdown, String coverKey, String editor) {
        if (article.getCorrection() != null && article.getCorrection().isInReview()) {
            throw new EditorialRuleBroken("editorial.article.correction-in-review-edit");
        }
        article.corrected(draft, markdown, coverKey, editor, clock.instant());
        Article saved = articles.save(article);
        saveRevision(saved, editor, "修订");
        events.publishEvent(new ArticleCorrectionSaved(saved.getId(), editor, draft.title()));
        return saved;
    }

    @Transactional
    public Article submit(long id, String editor) {
        Article article = get(id);
        if (article.getStatus() == ArticleStatus.PUBLISHED && article.getCorrection() != null) {
            if (article.getCorrection().isInReview()) {
                throw new EditorialRuleBroken("editorial.article.correction-in-review");
            }
            article.correctionSubmitted(editor);
            Article saved = articles.save(article);
            events.publishEvent(new ArticleCorrectionSubmitted(id, editor, "第 " + currentRevision(id) + " 版"));
            return saved;
        }
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new EditorialRuleBroken("editorial.article.cannot-submit");
        }
        article.submitted(editor, clock.instant());
        Article saved = articles.save(article);
        events.publishEvent(new ArticleSubmitted(id, editor, "第 " + currentRevision(id) + " 版"));
        return saved;
    }

    /**
     * Approves the article at the next level. At the last level it is published, or scheduled when
     * its publication time is still ahead. Sensitive words block the approval unless the reviewer
     * overrides them, which is logged.
     */
    @Transactional
    public Article approve(long id, String reviewer, boolean overrideSensitive) {
        Article article = get(id);
        if (!article.isInReview()) {
            throw new EditorialRuleBroken("editorial.article.not-in-review");
        }
        Optional<String> conflict = conflictOf(article, reviewer);
        if (conflict.isPresent()) {
            throw EditorialRuleBroken.worded(conflict.get());
        }
        int revision = currentRevision(id);
        List<ArticleReview> approvals = approvalsOf(id, revision);
        List<String> sensitive = sensitiveIn(article);
        if (!sensitive.isEmpty()) {
            if (!overrideSensitive) {
                throw new EditorialRuleBroken("editorial.article.sensitive-words", String.join("、", sensitive));
            }
            article.overrideSensitive(reviewer);
            events.publishEvent(new ArticleSensitiveWordsOverridden(id, reviewer, String.join("、", sensitive)));
        }
        int level = approvals.size() + 1;
        reviews.save(
                new ArticleReview(null, id, revision, level, reviewer, ReviewDecision.APPROVED, null, clock.instant()));
        events.publishEvent(
                new ArticleApproved(id, reviewer, "第 " + level + " 级审核通过（共 " + settings.reviewLevels() + " 级）"));
        if (level < settings.reviewLevels()) {
            return articles.save(article);
        }
        article.approvedAt(revision);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            return replaceWithCorrection(article, reviewer, revision);
        }
        return release(article, reviewer);
    }

    @Transactional
    public Article reject(long id, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new EditorialRuleBroken("editorial.reason-required");
        }
        Article article = get(id);
        if (!article.isInReview() && article.getStatus() != ArticleStatus.SCHEDULED) {
            throw new EditorialRuleBroken("editorial.article.not-in-review");
        }
        String cleaned = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        reviews.save(new ArticleReview(
                null,
                id,
                currentRevision(id),
                approvalsOf(id, currentRevision(id)).size() + 1,
                reviewer,
                ReviewDecision.REJECTED,
                cleaned,
                clock.instant()));
        boolean correction = article.getStatus() == ArticleStatus.PUBLISHED;
        if (correction) {
            article.correctionRejected(cleaned);
        } else {
            article.rejected(cleaned, clock.instant());
        }
        Article saved = articles.save(article);
        events.publishEvent(
                correction
                        ? new ArticleCorrectionRejected(id, reviewer, cleaned)
                        : new ArticleRejected(id, reviewer, cleaned));
        return saved;
    }

    /** Takes a published article off the site; it leaves the search index within seconds. */
    @Transactional
    public Article takeOffline(long id, String actor) {
        Article article = get(id);
        if (article.getStatus() != ArticleStatus.PUBLISHED && article.getStatus() != ArticleStatus.SCHEDULED) {
            throw new EditorialRuleBroken("editorial.article.cannot-withdraw");
        }
        article.offline(clock.instant());
        Article saved = articles.save(article);
        events.publishEvent(new ArticleTakenOffline(id, actor, null));
        return saved;
    }

    /** Publishes a scheduled article whose time has come; run by the queue, idempotent. */
    @Transactional
    public void publishScheduled(long id) {
        articles.findById(id)
                .filter(a -> a.getStatus() == ArticleStatus.SCHEDULED)
                .ifPresent(article -> {
                    article.publish(clock.instant());
                    articles.save(article);
                    events.publishEvent(new ArticlePublished(id, "system", "按计划发布"));
                });
    }

    /** Makes an old revision the current text again, as a new revision of a draft. */
    @Transactional
    public Article restore(long id, int number, String editor) {
        ArticleRevision old = revisions
                .findByArticleIdAndNumber(id, number)
                .orElseThrow(() -> new EditorialRuleBroken("editorial.article.no-revision", number));
        Article article = get(id);
        ArticleDraft draft = new ArticleDraft(
                old.title(),
                old.summary(),
                old.bodyHtml(),
                article.getSource(),
                article.getAuthor(),
                article.getTags(),
                article.getColumnId(),
                article.getTownCode(),
                article.getAudienceCodes(),
                article.getPublishAt());
        Article restored = revise(id, article.getVersion(), draft, old.bodyMarkdown(), article.getCoverKey(), editor);
        events.publishEvent(new ArticleRestored(id, editor, "恢复到第 " + number + " 版"));
        return restored;
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    @Transactional(readOnly = true)
    public List<ArticleRevision> revisions(long id) {
        return revisions.findByArticleIdOrderByNumberDesc(id);
    }

    @Transactional(readOnly = true)
    public List<ArticleReview> reviews(long id) {
        return reviews.findByArticleIdOrderByCreatedAtDescIdDesc(id);
    }

    /** How many approvals the current revision has, of {@link EditorialSettings#reviewLevels()}. */
    @Transactional(readOnly = true)
    public int approvals(long id) {
        return approvalsOf(id, currentRevision(id)).size();
    }

    public int reviewLevels() {
        return settings.reviewLevels();
    }

    @Transactional(readOnly = true)
    public List<String> sensitiveIn(Article article) {
        return sensitiveWords.foundIn(
                article.getPendingTitle(), article.getPendingSummary(), article.getPendingBodyHtml());
    }

    @Transactional(readOnly = true)
    public List<Article> byStatus(ArticleStatus status) {
        return articles.findTop100ByStatusOrderByUpdatedAtDesc(status);
    }

    @Transactional(readOnly = true)
    public List<Article> writtenBy(String editor) {
        return articles.findTop100ByCreatedByOrderByUpdatedAtDesc(editor);
    }

    /** Published articles with a pending correction, in review or with its editor, latest first. */
    @Transactional(readOnly = true)
    public List<Article> withCorrections() {
        List<Long> ids = articles.withCorrections();
        List<Article> found = articles.findAllById(ids);
        return ids.stream()
                .flatMap(id -> found.stream().filter(a -> a.getId().equals(id)))
                .filter(Article::isPublished)
                .toList();
    }

    /** Articles waiting for this reviewer: in review, and theirs to approve (see {@link #whyNotApprover}). */
    @Transactional(readOnly = true)
    public List<Article> reviewQueueOf(String reviewer) {
        List<Article> waiting = new ArrayList<>(byStatus(ArticleStatus.IN_REVIEW));
        waiting.addAll(articles.findAllById(articles.correctionsInReview()));
        return waiting.stream().filter(a -> conflictOf(a, reviewer).isEmpty()).toList();
    }

    /**
     * Why this person may not approve the article at its next level, as Chinese text; empty when
     * they may. The roles are the portal's to check.
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNotApprover(long id, String reviewer) {
        return conflictOf(get(id), reviewer);
    }

    /** Four eyes, see {@link FourEyes}. */
    private Optional<String> conflictOf(Article article, String reviewer) {
        List<FourEyes.Change> changes = revisions.findByArticleIdOrderByNumberDesc(article.getId()).stream()
                .map(r -> new FourEyes.Change(r.number(), r.editor()))
                .toList();
        return FourEyes.conflict(
                FourEyes.Wording.ARTICLE,
                reviewer,
                article.getCreatedBy(),
                article.getSubmittedBy(),
                article.getApprovedRevision(),
                changes,
                approvedBy(article.getId()));
    }

    private Set<String> approvedBy(long id) {
        return approvalsOf(id, currentRevision(id)).stream()
                .map(ArticleReview::reviewer)
                .collect(Collectors.toSet());
    }

    /** The approved correction becomes the published text: reindexed and announced like a publication. */
    private Article replaceWithCorrection(Article article, String reviewer, int revision) {
        article.correctionApproved(clock.instant());
        Article saved = articles.save(article);
        events.publishEvent(new ArticleCorrected(article.getId(), reviewer, "第 " + revision + " 版替换已发布版本"));
        return saved;
    }

    private Article release(Article article, String reviewer) {
        Instant now = clock.instant();
        if (article.getPublishAt() != null && article.getPublishAt().isAfter(now)) {
            article.scheduled(now);
            Article saved = articles.save(article);
            jobs.enqueueAt(
                    Jobs.PUBLISH_ARTICLE,
                    "article-" + article.getId() + "-" + article.getVersion(),
                    article.getId(),
                    article.getPublishAt());
            events.publishEvent(new ArticleScheduled(
                    article.getId(), reviewer, article.getPublishAt().toString()));
            return saved;
        }
        article.publish(now);
        Article saved = articles.save(article);
        events.publishEvent(new ArticlePublished(article.getId(), reviewer, null));
        return saved;
    }

    private List<ArticleReview> approvalsOf(long id, int revision) {
        return reviews.findByArticleIdAndRevisionAndDecisionOrderByLevel(id, revision, ReviewDecision.APPROVED);
    }

    private int currentRevision(long id) {
        return revisions
                .findFirstByArticleIdOrderByNumberDesc(id)
                .map(ArticleRevision::number)
                .orElse(0);
    }

    /** A revision of what the editor saved: the correction's text while there is one. */
    private void saveRevision(Article article, String editor, String note) {
        int number = currentRevision(article.getId()) + 1;
        ArticleCorrection correction = article.getCorrection();
        revisions.save(new ArticleRevision(
                null,
                article.getId(),
                number,
                article.getPendingTitle(),
                article.getPendingSummary(),
                correction != null ? correction.getBodyMarkdown() : article.getBodyMarkdown(),
                article.getPendingBodyHtml(),
                editor,
                note,
                clock.instant()));
    }

    private Article get(long id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFound(id));
    }
}
