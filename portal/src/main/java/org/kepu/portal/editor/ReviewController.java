package org.kepu.portal.editor;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.ArticleNotFound;
import org.kepu.content.article.ArticleRevision;
import org.kepu.content.article.Editorial;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One article for review: its text with sensitive words marked, its changes, its history. */
@Controller
class ReviewController {

    private final Editorial editorial;
    private final ArticleHtml html;
    private final RevisionDiff diff;
    private final AuditLog audit;
    private final Columns columns;
    private final Towns towns;
    private final Audiences audiences;
    private final Texts texts;

    ReviewController(
            Editorial editorial,
            ArticleHtml html,
            RevisionDiff diff,
            AuditLog audit,
            Columns columns,
            Towns towns,
            Audiences audiences,
            Texts texts) {
        this.editorial = editorial;
        this.texts = texts;
        this.html = html;
        this.diff = diff;
        this.audit = audit;
        this.columns = columns;
        this.towns = towns;
        this.audiences = audiences;
    }

    @GetMapping("/editor/articles/{id}")
    String show(@PathVariable long id, Principal viewer, Model model) {
        Article article = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        List<String> sensitive = editorial.sensitiveIn(article);
        List<ArticleRevision> revisions = editorial.revisions(id);
        ArticleDraft pending = ArticleForm.pending(article);
        model.addAttribute("article", article);
        model.addAttribute("pending", pending);
        model.addAttribute("facts", facts(article, pending));
        model.addAttribute("sensitive", sensitive);
        model.addAttribute("bodyMarked", html.highlight(pending.bodyHtml(), sensitive));
        model.addAttribute("revisions", revisions);
        Optional<ArticleRevision> base = baseOf(article, revisions);
        model.addAttribute("againstPublished", article.getCorrection() != null);
        model.addAttribute(
                "changes",
                base.filter(b -> !revisions.isEmpty())
                        .map(b -> diff.between(b, revisions.get(0)))
                        .orElse(List.of()));
        model.addAttribute("reviews", editorial.reviews(id));
        model.addAttribute("approvals", editorial.approvals(id));
        model.addAttribute("levels", editorial.reviewLevels());
        model.addAttribute("events", audit.of("article", id));
        model.addAttribute(
                "notApprover",
                editorial.whyNotApprover(id, viewer.getName()).map(texts::of).orElse(null));
        return "editor/review";
    }

    /**
     * What the changes are measured against: for a correction, the published text as readers see it now
     * (demo and imported articles have no revision of it); else the revision before the newest.
     */
    private static Optional<ArticleRevision> baseOf(Article article, List<ArticleRevision> revisions) {
        if (article.getCorrection() != null) {
            return Optional.of(new ArticleRevision(
                    null,
                    article.getId(),
                    0,
                    article.getTitle(),
                    article.getSummary(),
                    article.getBodyMarkdown(),
                    article.getBodyHtml(),
                    null,
                    null,
                    article.getUpdatedAt()));
        }
        return revisions.size() < 2 ? Optional.empty() : Optional.of(revisions.get(1));
    }

    /** The facts a reviewer checks besides the text, by their names rather than their codes. */
    private ReviewFacts facts(Article article, ArticleDraft pending) {
        String column = pending.columnId() == null
                ? null
                : columns.findAllByOrderBySortOrderAscIdAsc().stream()
                        .filter(c -> c.id().equals(pending.columnId()))
                        .map(c -> c.name())
                        .findFirst()
                        .orElse(null);
        String town = pending.townCode() == null
                ? null
                : towns.findAllByOrderBySortOrder().stream()
                        .filter(t -> t.code().equals(pending.townCode()))
                        .map(t -> t.name())
                        .findFirst()
                        .orElse(null);
        List<String> audienceNames = audiences.findAllByOrderBySortOrder().stream()
                .filter(a -> pending.audienceCodes().contains(a.code()))
                .map(a -> a.name())
                .toList();
        String cover = article.getCorrection() != null ? article.getCorrection().getCoverKey() : article.getCoverKey();
        return new ReviewFacts(column, town, audienceNames, pending.tags(), cover, pending.publishedAt());
    }

    record ReviewFacts(
            String column,
            String town,
            List<String> audiences,
            List<String> tags,
            String coverKey,
            Instant publishAt) {}

    @PostMapping("/editor/articles/{id}/offline")
    @OnRuleBroken(redirectTo = "/editor/articles/{id}")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    String offline(@PathVariable long id, Principal reviewer, RedirectAttributes redirect) {
        editorial.takeOffline(id, reviewer.getName());
        redirect.addFlashAttribute("notice", texts.of("review.offline.article"));
        return "redirect:/editor/articles/" + id;
    }

    @PostMapping("/editor/articles/{id}/restore")
    @OnRuleBroken(redirectTo = "/editor/articles/{id}")
    String restore(@PathVariable long id, @RequestParam int revision, Principal editor, RedirectAttributes redirect) {
        editorial.restore(id, revision, editor.getName());
        redirect.addFlashAttribute("notice", texts.of("editor.restored", String.valueOf(revision)));
        return "redirect:/editor/articles/" + id;
    }
}
