package org.kepu.content.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A science article; the aggregate root of its audiences. An article is written in one language
 * ({@link #LANGUAGES}); a version in the other language is an article of its own that names the
 * original it translates ({@link #getTranslationOf()}), with its own revisions and review.
 */
@Table("article")
public class Article {

    /** The languages an article may be written in: Chinese and traditional Mongolian. */
    public static final List<String> LANGUAGES = List.of("zh", "mn");

    @Id
    private Long id;

    @Version
    private Long version;

    private String title;
    private String summary;
    private String bodyHtml;
    private String source;
    private String author;
    private String tags;
    private Long columnId;
    private String townCode;
    private ArticleStatus status;
    private long viewCount;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private String bodyMarkdown;
    private String coverKey;
    private String createdBy;
    private Instant publishAt;
    private String rejectionReason;
    private String sensitiveOverrideBy;
    private String submittedBy;
    private Integer approvedRevision;
    private String lang;
    private Long translationOf;

    @MappedCollection(idColumn = "article_id")
    private Set<ArticleAudience> audiences = new LinkedHashSet<>();

    /** A pending correction of the published text; null when there is none. */
    @MappedCollection(idColumn = "article_id")
    private ArticleCorrection correction;

    Article() {}

    static Article draft(ArticleDraft draft, Instant now) {
        Article article = new Article();
        article.title = draft.title();
        article.summary = draft.summary();
        article.bodyHtml = draft.bodyHtml();
        article.source = draft.source();
        article.author = draft.author();
        article.tags = String.join(",", draft.tags());
        article.columnId = draft.columnId();
        article.townCode = draft.townCode();
        article.publishedAt = draft.publishedAt();
        article.status = ArticleStatus.DRAFT;
        article.lang = "zh";
        article.createdAt = now;
        article.updatedAt = now;
        draft.audienceCodes().forEach(code -> article.audiences.add(new ArticleAudience(code)));
        return article;
    }

    /** A draft of this original's version in {@code language}, about the same column, town and audiences. */
    Article translation(String language, ArticleDraft draft, Instant now) {
        Article version = draft(
                new ArticleDraft(
                        draft.title(),
                        draft.summary(),
                        draft.bodyHtml(),
                        draft.source(),
                        draft.author(),
                        draft.tags(),
                        columnId,
                        townCode,
                        getAudienceCodes(),
                        draft.publishedAt()),
                now);
        version.lang = language;
        version.translationOf = id;
        return version;
    }

    void publish(Instant now) {
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = publishAt != null && publishAt.isBefore(now) ? publishAt : now;
        }
        rejectionReason = null;
        updatedAt = now;
    }

    /** Replaces the text and facts of a draft; the caller keeps the revision. */
    void revise(ArticleDraft draft, String markdown, String coverKey, Instant now) {
        title = draft.title();
        summary = draft.summary();
        bodyHtml = draft.bodyHtml();
        bodyMarkdown = markdown;
        source = draft.source();
        author = draft.author();
        tags = String.join(",", draft.tags());
        columnId = draft.columnId();
        townCode = draft.townCode();
        publishAt = draft.publishedAt();
        this.coverKey = coverKey;
        audiences.clear();
        draft.audienceCodes().forEach(code -> audiences.add(new ArticleAudience(code)));
        updatedAt = now;
    }

    void written(String markdown, String coverKey, String by) {
        this.bodyMarkdown = markdown;
        this.coverKey = coverKey;
        this.createdBy = by;
        this.publishAt = publishedAt;
        this.publishedAt = null;
    }

    void submitted(String by, Instant now) {
        status = ArticleStatus.IN_REVIEW;
        submittedBy = by;
        rejectionReason = null;
        sensitiveOverrideBy = null;
        updatedAt = now;
    }

    void rejected(String reason, Instant now) {
        status = ArticleStatus.DRAFT;
        rejectionReason = reason;
        updatedAt = now;
    }

    /** The text of this revision passed every review level. */
    void approvedAt(int revision) {
        approvedRevision = revision;
    }

    void scheduled(Instant now) {
        status = ArticleStatus.SCHEDULED;
        updatedAt = now;
    }

    void offline(Instant now) {
        status = ArticleStatus.OFFLINE;
        updatedAt = now;
    }

    void reopened(Instant now) {
        status = ArticleStatus.DRAFT;
        updatedAt = now;
    }

    /** Keeps a correction of the published article aside; readers see the published text until it is approved. */
    void corrected(ArticleDraft draft, String markdown, String coverKey, String editor, Instant now) {
        correction = ArticleCorrection.of(draft, markdown, coverKey, editor, now);
    }

    void correctionSubmitted(String by) {
        correction = correction.withStatus(ArticleCorrection.Status.IN_REVIEW);
        submittedBy = by;
        rejectionReason = null;
        sensitiveOverrideBy = null;
    }

    void correctionRejected(String reason) {
        correction = correction.withStatus(ArticleCorrection.Status.DRAFT);
        rejectionReason = reason;
    }

    /** The approved correction replaces the published text and facts; the first publication date stays. */
    void correctionApproved(Instant now) {
        revise(correction.toDraft(), correction.getBodyMarkdown(), correction.getCoverKey(), now);
        correction = null;
        rejectionReason = null;
    }

    void dropCorrection() {
        correction = null;
    }

    void overrideSensitive(String reviewer) {
        sensitiveOverrideBy = reviewer;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The pending correction of the published text, if any. */
    public ArticleCorrection getCorrection() {
        return correction;
    }

    /** Waiting for a reviewer: a draft submitted, or a correction of the published article. */
    public boolean isInReview() {
        return status == ArticleStatus.IN_REVIEW || (isPublished() && correction != null && correction.isInReview());
    }

    /** What the workflow works on: the correction's text while there is one, else the article's. */
    public String getPendingTitle() {
        return correction != null ? correction.getTitle() : title;
    }

    public String getPendingSummary() {
        return correction != null ? correction.getSummary() : summary;
    }

    public String getPendingBodyHtml() {
        return correction != null ? correction.getBodyHtml() : bodyHtml;
    }

    /** {@code zh} or {@code mn}. */
    public String getLang() {
        return lang == null ? "zh" : lang;
    }

    /** The original this article translates, or null for an original. */
    public Long getTranslationOf() {
        return translationOf;
    }

    /** The original's id: this article's own when it is the original. */
    public long getWorkId() {
        return translationOf != null ? translationOf : id;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getCoverKey() {
        return coverKey;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Who submitted the article for its latest review; null before the first submission. */
    public String getSubmittedBy() {
        return submittedBy;
    }

    /** The last revision approved at every review level; null if none ever was. */
    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getSensitiveOverrideBy() {
        return sensitiveOverrideBy;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public List<String> getTags() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }

    public Long getColumnId() {
        return columnId;
    }

    public String getTownCode() {
        return townCode;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<String> getAudienceCodes() {
        return audiences.stream().map(ArticleAudience::audienceCode).collect(Collectors.toList());
    }
}
