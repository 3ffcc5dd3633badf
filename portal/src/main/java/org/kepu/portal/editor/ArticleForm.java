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
        @UnicodeText
        @NotBlank(message = "{article.form.title.required}")
        @Size(max = 200, message = "{article.form.title.size}")
        String title,

        @UnicodeText
        @NotBlank(message = "{article.form.summary.required}")
        @Size(max = 500, message = "{article.form.summary.size}")
        String summary,

        @UnicodeText
        @NotBlank(message = "{article.form.body.required}")
        @Size(max = 200_000, message = "{article.form.body.size}")
        String body,

        Long columnId,
        String townCode,
        List<String> audiences,

        @UnicodeText @Size(max = 300, message = "{article.form.tags.size}")
        String tags,

        @UnicodeText @Size(max = 100, message = "{article.form.source.size}")
        String source,

        @UnicodeText @Size(max = 100, message = "{article.form.author.size}")
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
