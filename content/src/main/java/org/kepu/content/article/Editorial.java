package org.kepu.content.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kepu.content.ContentEvent;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.editorial.EditorialSettings;
import org.kepu.content.editorial.FourEyes;
import org.kepu.content.editorial.Review;
import org.kepu.content.editorial.ReviewDecision;
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
public class Editorial extends Review<Article> {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ReviewRepository reviews;
    private final SensitiveWords sensitiveWords;
    private final JobQueue jobs;
    private final ApplicationEventPublisher events;
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
        super(FourEyes.Kind.ARTICLE, "editorial.article.", settings, events, clock);
        this.events = events;
        this.articles = articles;
        this.revisions = revisions;
        this.reviews = reviews;
        this.sensitiveWords = sensitiveWords;
        this.jobs = jobs;
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
     * A new draft of the original's version in {@code language}: an article of its own, about the
     * original's column, town and audiences, written, reviewed and published like any other.
     */
    @Transactional
    public Article translate(
            long originalId, String language, ArticleDraft draft, String markdown, String coverKey, String editor) {
        Article original = get(originalId);
        if (original.getTranslationOf() != null) {
            throw new EditorialRuleBroken("editorial.article.translation-of-translation");
        }
        if (!Article.LANGUAGES.contains(language) || language.equals(original.getLang())) {
            throw new EditorialRuleBroken("editorial.article.translation-language");
        }
        if (versionsOf(originalId).stream().anyMatch(a -> a.getLang().equals(language))) {
            throw new EditorialRuleBroken("editorial.article.translation-exists");
        }
        Article version = original.translation(language, draft, clock.instant());
        version.written(markdown, coverKey, editor);
        Article saved = articles.save(version);
        saveRevision(saved, editor, "新建译本");
        events.publishEvent(new ArticleCreated(saved.getId(), editor, saved.getTitle()));
        return saved;
    }

    /**
     * A new draft with its versions in other languages, all or none: a version the rules refuse
     * (a language twice, the original's own) leaves no draft behind.
     */
    @Transactional
    public List<Article> writeWithTranslations(
            ArticleDraft draft, String markdown, String coverKey, String editor, List<Translation> translations) {
        List<Article> written = new ArrayList<>();
        written.add(write(draft, markdown, coverKey, editor));
        for (Translation translation : translations) {
            written.add(translate(
                    written.get(0).getId(),
                    translation.lang(),
                    translation.draft(),
                    translation.markdown(),
                    coverKey,
                    editor));
        }
        return written;
    }

    /** Every version of the work this article belongs to (the original first), in any state. */
    @Transactional(readOnly = true)
    public List<Article> versionsOf(long id) {
        Article article = get(id);
        long work = article.getWorkId();
        List<Article> versions = new ArrayList<>();
        versions.add(work == id ? article : get(work));
        versions.addAll(articles.findByTranslationOfIn(List.of(work)));
        return versions;
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

    @Override
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

    @Override
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
        return waiting.stream().filter(a -> mayApprove(a, reviewer)).toList();
    }

    @Override
    protected int currentRevision(long id) {
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

    @Override
    protected Article item(long id) {
        return get(id);
    }

    @Override
    protected Article save(Article article) {
        return articles.save(article);
    }

    @Override
    protected long idOf(Article article) {
        return article.getId();
    }

    @Override
    protected Stage stage(Article article) {
        return switch (article.getStatus()) {
            case IN_REVIEW -> Stage.IN_REVIEW;
            case SCHEDULED -> Stage.SCHEDULED;
            case PUBLISHED -> article.isInReview() ? Stage.CORRECTION_IN_REVIEW : Stage.OTHER;
            default -> Stage.OTHER;
        };
    }

    @Override
    protected People people(Article article) {
        return new People(article.getCreatedBy(), article.getSubmittedBy(), article.getApprovedRevision());
    }

    @Override
    protected List<FourEyes.Change> changes(long id) {
        return revisions.findByArticleIdOrderByNumberDesc(id).stream()
                .map(r -> new FourEyes.Change(r.number(), r.editor()))
                .toList();
    }

    @Override
    protected List<String> approvers(long id, int revision) {
        return reviews.findByArticleIdAndRevisionAndDecisionOrderByLevel(id, revision, ReviewDecision.APPROVED).stream()
                .map(ArticleReview::reviewer)
                .toList();
    }

    @Override
    protected void recordDecision(
            long id, int revision, int level, String reviewer, ReviewDecision decision, String reason) {
        reviews.save(new ArticleReview(null, id, revision, level, reviewer, decision, reason, clock.instant()));
    }

    @Override
    protected boolean sensitiveWordsOverridden(Article article, String reviewer) {
        article.overrideSensitive(reviewer);
        return true;
    }

    @Override
    protected void approvedAt(Article article, int revision) {
        article.approvedAt(revision);
    }

    @Override
    protected void correctionApproved(Article article, int revision, Instant now) {
        article.correctionApproved(now);
    }

    @Override
    protected Instant publishAt(Article article) {
        return article.getPublishAt();
    }

    @Override
    protected void scheduled(Article article, Instant now) {
        article.scheduled(now);
    }

    @Override
    protected void enqueuePublication(Article saved, Instant at) {
        jobs.enqueueAt(Jobs.PUBLISH_ARTICLE, "article-" + saved.getId() + "-" + saved.getVersion(), saved.getId(), at);
    }

    @Override
    protected void published(Article article, Instant now) {
        article.publish(now);
    }

    @Override
    protected void returned(Article article, String reason, Instant now) {
        article.rejected(reason, now);
    }

    @Override
    protected void correctionReturned(Article article, String reason, Instant now) {
        article.correctionRejected(reason);
    }

    @Override
    protected ContentEvent event(Step step, long id, String actor, String detail) {
        return switch (step) {
            case APPROVED -> new ArticleApproved(id, actor, detail);
            case SENSITIVE_WORDS_OVERRIDDEN -> new ArticleSensitiveWordsOverridden(id, actor, detail);
            case PUBLISHED -> new ArticlePublished(id, actor, detail);
            case SCHEDULED -> new ArticleScheduled(id, actor, detail);
            case CORRECTED -> new ArticleCorrected(id, actor, detail);
            case RETURNED -> new ArticleRejected(id, actor, detail);
            case CORRECTION_RETURNED -> new ArticleCorrectionRejected(id, actor, detail);
        };
    }
}
