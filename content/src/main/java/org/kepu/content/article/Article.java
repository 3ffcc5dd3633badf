package org.kepu.content.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A science article; the aggregate root of its audiences. */
@Table("article")
public class Article {

    @Id
    private Long id;

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

    @MappedCollection(idColumn = "article_id")
    private Set<ArticleAudience> audiences = new LinkedHashSet<>();

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
        article.createdAt = now;
        article.updatedAt = now;
        draft.audienceCodes().forEach(code -> article.audiences.add(new ArticleAudience(code)));
        return article;
    }

    void publish(Instant now) {
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
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
