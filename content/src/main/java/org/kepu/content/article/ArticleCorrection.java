package org.kepu.content.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A pending correction of a published article: the text and facts of its newest revision, in review
 * or back with its editor, while readers keep seeing the published version.
 */
@Table("article_correction")
public class ArticleCorrection {

    /** 修订草稿 (with its editor, or returned) or 修订待审核; named {@code article.correction.<NAME>} in the domain bundle. */
    public enum Status implements MessageSourceResolvable {
        DRAFT,
        IN_REVIEW;

        /** The bundle key of its name. */
        public String labelCode() {
            return "article.correction." + name();
        }

        @Override
        public String[] getCodes() {
            return new String[] {labelCode()};
        }
    }

    private Status status;
    private String title;
    private String summary;
    private String bodyMarkdown;
    private String bodyHtml;
    private String source;
    private String author;
    private String tags;
    private Long columnId;
    private String townCode;
    private String audiences;
    private String coverKey;
    private Instant publishAt;
    private String editedBy;
    private Instant updatedAt;

    ArticleCorrection() {}

    static ArticleCorrection of(ArticleDraft draft, String markdown, String coverKey, String editor, Instant now) {
        ArticleCorrection correction = new ArticleCorrection();
        correction.status = Status.DRAFT;
        correction.title = draft.title();
        correction.summary = draft.summary();
        correction.bodyMarkdown = markdown;
        correction.bodyHtml = draft.bodyHtml();
        correction.source = draft.source();
        correction.author = draft.author();
        correction.tags = String.join(",", draft.tags());
        correction.columnId = draft.columnId();
        correction.townCode = draft.townCode();
        correction.audiences = String.join(",", draft.audienceCodes());
        correction.coverKey = coverKey;
        correction.publishAt = draft.publishedAt();
        correction.editedBy = editor;
        correction.updatedAt = now;
        return correction;
    }

    ArticleCorrection withStatus(Status status) {
        ArticleCorrection copy = of(toDraft(), bodyMarkdown, coverKey, editedBy, updatedAt);
        copy.status = status;
        return copy;
    }

    /** The correction as the facts of a draft, to replace the published ones. */
    public ArticleDraft toDraft() {
        return new ArticleDraft(
                title, summary, bodyHtml, source, author, split(tags), columnId, townCode, split(audiences), publishAt);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Status getStatus() {
        return status;
    }

    public boolean isInReview() {
        return status == Status.IN_REVIEW;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCoverKey() {
        return coverKey;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
