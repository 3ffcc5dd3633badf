package org.kepu.portal.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleCorrection;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.text.UnicodeText;
import org.springframework.format.annotation.DateTimeFormat;

/** The article editor's form; never the entity itself. Times are Beijing time. */
record ArticleForm(
        @UnicodeText @NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过 200 字")
        String title,

        @UnicodeText @NotBlank(message = "请填写摘要") @Size(max = 500, message = "摘要不能超过 500 字")
        String summary,

        @UnicodeText @NotBlank(message = "请填写正文") @Size(max = 200_000, message = "正文太长（不能超过 20 万字）")
        String body,

        Long columnId,
        String townCode,
        List<String> audiences,
        @UnicodeText @Size(max = 300, message = "标签太多") String tags,

        @UnicodeText @Size(max = 100, message = "来源不能超过 100 字")
        String source,

        @UnicodeText @Size(max = 100, message = "作者不能超过 100 字")
        String author,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
        @Size(max = 300) String coverKey,
        Long version) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static ArticleForm empty() {
        return new ArticleForm("", "", "", null, null, List.of(), "", "伊金霍洛科普编辑部", "", null, null, null);
    }

    /** An empty version of {@code original} in another language: the same column, town, audiences and cover. */
    static ArticleForm translationOf(Article original) {
        return new ArticleForm(
                "",
                "",
                "",
                original.getColumnId(),
                original.getTownCode(),
                original.getAudienceCodes(),
                "",
                original.getSource(),
                original.getAuthor(),
                null,
                original.getCoverKey(),
                null);
    }

    /**
     * The form for what the editor last saved: the pending correction of a published article, else the
     * article. A body stored only as HTML (demo content, the article API) opens as Markdown.
     */
    static ArticleForm of(Article article, ArticleHtml html) {
        ArticleCorrection correction = article.getCorrection();
        ArticleDraft saved = pending(article);
        String markdown = correction != null ? correction.getBodyMarkdown() : article.getBodyMarkdown();
        return new ArticleForm(
                saved.title(),
                saved.summary(),
                markdown != null ? markdown : html.toMarkdown(saved.bodyHtml()),
                saved.columnId(),
                saved.townCode(),
                saved.audienceCodes(),
                String.join(",", saved.tags()),
                saved.source(),
                saved.author(),
                saved.publishedAt() == null ? null : LocalDateTime.ofInstant(saved.publishedAt(), BEIJING),
                correction != null ? correction.getCoverKey() : article.getCoverKey(),
                article.getVersion());
    }

    /** The facts the workflow works on: the pending correction's, else the article's. */
    static ArticleDraft pending(Article article) {
        if (article.getCorrection() != null) {
            return article.getCorrection().toDraft();
        }
        return new ArticleDraft(
                article.getTitle(),
                article.getSummary(),
                article.getBodyHtml(),
                article.getSource(),
                article.getAuthor(),
                article.getTags(),
                article.getColumnId(),
                article.getTownCode(),
                article.getAudienceCodes(),
                article.getPublishAt());
    }

    ArticleDraft toDraft(String html) {
        List<String> tagList = tags == null
                ? List.of()
                : Arrays.stream(tags.split("[,，、]"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .limit(20)
                        .toList();
        return new ArticleDraft(
                title.strip(),
                summary.strip(),
                html,
                blankToNull(source),
                blankToNull(author),
                tagList,
                columnId,
                blankToNull(townCode),
                audiences == null ? List.of() : audiences,
                publishAt == null ? null : publishAt.atZone(BEIJING).toInstant());
    }

    /** The cover key to store: none when the editor removed the cover. */
    String cover() {
        return blankToNull(coverKey);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
