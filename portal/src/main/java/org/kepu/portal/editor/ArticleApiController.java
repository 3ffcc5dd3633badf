package org.kepu.portal.editor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.ArticleNotFound;
import org.kepu.content.article.ArticleStatus;
import org.kepu.content.article.Editorial;
import org.kepu.content.article.Translation;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.text.UnicodeText;
import org.kepu.portal.web.InvalidRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk feeding from other resource platforms (such as the 科普中国 library): drafts in, then
 * publication through the same review rules as in the editor.
 */
@RestController
class ArticleApiController {

    private final Editorial editorial;
    private final ArticleHtml html;
    private final ReferenceNames names;

    ArticleApiController(Editorial editorial, ArticleHtml html, ReferenceNames names) {
        this.editorial = editorial;
        this.html = html;
        this.names = names;
    }

    @PostMapping("/api/v1/articles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an article draft from HTML or Markdown (sanitised), as the calling editor;"
                    + " translations: {\"mn\": {title, summary, body}} adds its Mongolian version as a draft too")
    @ApiResponse(responseCode = "400", description = "Invalid body, or an unknown column, town or audience")
    @ApiResponse(
            responseCode = "409",
            description = "A version in the original's own language (Chinese); nothing is created")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    ResponseEntity<ArticleCreated> create(@Valid @RequestBody ArticleJson body, Principal editor) {
        ArticleDraft draft = new ArticleDraft(
                body.title().strip(),
                body.summary().strip(),
                safeBody(body.format(), body.body()),
                body.source(),
                body.author(),
                body.tags() == null ? List.of() : body.tags(),
                columnId(body.column()),
                townCode(body.town()),
                audienceCodes(body.audiences()),
                null);
        List<Translation> translations = body.translations() == null
                ? List.of()
                : body.translations().entrySet().stream()
                        .map(t -> new Translation(
                                t.getKey(),
                                new ArticleDraft(
                                        t.getValue().title().strip(),
                                        t.getValue().summary().strip(),
                                        safeBody(body.format(), t.getValue().body()),
                                        body.source(),
                                        body.author(),
                                        List.of(),
                                        null,
                                        null,
                                        List.of(),
                                        null),
                                markdown(body.format()) ? t.getValue().body() : null))
                        .toList();
        List<Article> written = editorial.writeWithTranslations(
                draft, markdown(body.format()) ? body.body() : null, null, editor.getName(), translations);
        Article article = written.get(0);
        Map<String, Created> versions = new LinkedHashMap<>();
        written.stream()
                .skip(1)
                .forEach(v -> versions.put(
                        v.getLang(), new Created(v.getId(), v.getStatus().name())));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + article.getId()))
                .body(new ArticleCreated(article.getId(), article.getStatus().name(), versions));
    }

    /**
     * A draft of the article's version in another language ({@code mn} or {@code zh}), reviewed and
     * published like any article; its column, town and audiences are the original's.
     */
    @PostMapping("/api/v1/articles/{id}/translations/{lang}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create the draft of an article's version in another language (mn or zh), as the calling editor")
    @ApiResponse(responseCode = "400", description = "Invalid body (legacy-encoded Mongolian included)")
    @ApiResponse(responseCode = "404", description = "No such article")
    @ApiResponse(
            responseCode = "409",
            description =
                    "The language is the original's or unknown, the version exists, or the article is itself a version")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    ResponseEntity<Created> translate(
            @PathVariable long id, @PathVariable String lang, @Valid @RequestBody ArticleJson body, Principal editor) {
        boolean markdown = markdown(body.format());
        ArticleDraft draft = new ArticleDraft(
                body.title().strip(),
                body.summary().strip(),
                safeBody(body.format(), body.body()),
                body.source(),
                body.author(),
                body.tags() == null ? List.of() : body.tags(),
                null,
                null,
                List.of(),
                null);
        Article version = editorial.translate(id, lang, draft, markdown ? body.body() : null, null, editor.getName());
        return ResponseEntity.created(URI.create("/api/v1/articles/" + version.getId()))
                .body(new Created(version.getId(), version.getStatus().name()));
    }

    /** Submits a draft for review, as the editor who calls it. */
    @PostMapping("/api/v1/articles/{id}/submit")
    @Operation(summary = "Submit a draft for review")
    @ApiResponse(responseCode = "200", description = "Submitted; the article's new status")
    @ApiResponse(responseCode = "404", description = "No such article")
    @ApiResponse(
            responseCode = "409",
            description = "The workflow does not allow it now (not a draft), with a Chinese reason")
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    Created submit(@PathVariable long id, Principal editor) {
        Article submitted = editorial.submit(id, editor.getName());
        return new Created(submitted.getId(), submitted.getStatus().name());
    }

    /**
     * Approves a submitted article at the next review level as the caller. A draft is refused: the
     * one who submits it may not approve it (four eyes), so an editor submits it first.
     */
    @PostMapping("/api/v1/articles/{id}/publish")
    @Operation(summary = "Approve a submitted article at the next review level; the last level publishes it")
    @ApiResponse(responseCode = "200", description = "Approved; the article's new status (PUBLISHED at the last level)")
    @ApiResponse(responseCode = "404", description = "No such article")
    @ApiResponse(
            responseCode = "409",
            description =
                    "A draft, the caller submitted or already approved it, or a sensitive word; with a Chinese reason")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    Created publish(@PathVariable long id, Principal reviewer) {
        Article article = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        if (article.getStatus() == ArticleStatus.DRAFT) {
            throw new EditorialRuleBroken("editorial.article.api-draft", id);
        }
        Article approved = editorial.approve(id, reviewer.getName(), false);
        return new Created(approved.getId(), approved.getStatus().name());
    }

    /** Takes a published article off the site, as the review page's button does. */
    @PostMapping("/api/v1/articles/{id}/withdraw")
    @Operation(summary = "Take a published article off the site")
    @ApiResponse(responseCode = "200", description = "Taken offline; the article's new status")
    @ApiResponse(responseCode = "404", description = "No such article")
    @ApiResponse(responseCode = "409", description = "The article is not published, with a Chinese reason")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    Created withdraw(@PathVariable long id, Principal reviewer) {
        Article withdrawn = editorial.takeOffline(id, reviewer.getName());
        return new Created(withdrawn.getId(), withdrawn.getStatus().name());
    }

    private static boolean markdown(String format) {
        return "markdown".equalsIgnoreCase(format);
    }

    private String safeBody(String format, String body) {
        return markdown(format) ? html.fromMarkdown(body) : html.fromHtml(body);
    }

    private Long columnId(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return names.columnId(slug).orElseThrow(() -> new InvalidRequest("api.unknown.column", slug));
    }

    private String townCode(String town) {
        if (town == null || town.isBlank()) {
            return null;
        }
        return names.townCode(town).orElseThrow(() -> new InvalidRequest("api.unknown.town", town));
    }

    private List<String> audienceCodes(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .map(a -> names.audienceCode(a).orElseThrow(() -> new InvalidRequest("api.unknown.audience", a)))
                .toList();
    }

    record ArticleJson(
            @UnicodeText @NotBlank @Size(max = 200) String title,
            @UnicodeText @NotBlank @Size(max = 500) String summary,
            @UnicodeText @NotBlank @Size(max = 200_000) String body,
            @Pattern(regexp = "(?i)html|markdown") String format,
            List<@Size(max = 40) String> audiences,
            @Size(max = 20) List<@UnicodeText @Size(max = 30) String> tags,
            String column,
            String town,
            @UnicodeText @Size(max = 100) String source,
            @UnicodeText @Size(max = 100) String author,
            @Size(max = 1) Map<@Pattern(regexp = "zh|mn") String, @Valid TranslationJson> translations) {}

    /** The article's text in another language: a version of its own, reviewed like the original. */
    record TranslationJson(
            @UnicodeText @NotBlank @Size(max = 200) String title,
            @UnicodeText @NotBlank @Size(max = 500) String summary,
            @UnicodeText @NotBlank @Size(max = 200_000) String body) {}

    /** A new draft and its versions by language. */
    record ArticleCreated(long id, String status, Map<String, Created> translations) {}

    record Created(long id, String status) {}
}
