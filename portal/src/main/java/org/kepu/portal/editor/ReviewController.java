package org.kepu.portal.editor;

import java.security.Principal;
import java.util.List;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleNotFound;
import org.kepu.content.article.ArticleRevision;
import org.kepu.content.article.Editorial;
import org.kepu.content.article.EditorialRuleBroken;
import org.kepu.content.audit.AuditLog;
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

    ReviewController(Editorial editorial, ArticleHtml html, RevisionDiff diff, AuditLog audit) {
        this.editorial = editorial;
        this.html = html;
        this.diff = diff;
        this.audit = audit;
    }

    @GetMapping("/editor/articles/{id}")
    String show(@PathVariable long id, Principal viewer, Model model) {
        Article article = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        List<String> sensitive = editorial.sensitiveIn(article);
        List<ArticleRevision> revisions = editorial.revisions(id);
        model.addAttribute("article", article);
        model.addAttribute("sensitive", sensitive);
        model.addAttribute("bodyMarked", html.highlight(article.getBodyHtml(), sensitive));
        model.addAttribute("revisions", revisions);
        model.addAttribute(
                "changes", revisions.size() < 2 ? List.of() : diff.between(revisions.get(1), revisions.get(0)));
        model.addAttribute("reviews", editorial.reviews(id));
        model.addAttribute("approvals", editorial.approvals(id));
        model.addAttribute("levels", editorial.reviewLevels());
        model.addAttribute("events", audit.of("article", id));
        model.addAttribute(
                "notApprover", editorial.whyNotApprover(id, viewer.getName()).orElse(null));
        return "editor/review";
    }

    @PostMapping("/editor/articles/{id}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean overrideSensitive,
            Principal reviewer,
            RedirectAttributes redirect) {
        try {
            Article article = editorial.approve(id, reviewer.getName(), overrideSensitive);
            redirect.addFlashAttribute(
                    "notice", "审核通过，当前状态：" + article.getStatus().label() + "。");
        } catch (EditorialRuleBroken e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/articles/" + id;
    }

    @PostMapping("/editor/articles/{id}/reject")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Principal reviewer,
            RedirectAttributes redirect) {
        try {
            editorial.reject(id, reviewer.getName(), reason);
            redirect.addFlashAttribute("notice", "已退回给作者。");
        } catch (EditorialRuleBroken e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/articles/" + id;
    }

    @PostMapping("/editor/articles/{id}/offline")
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    String offline(@PathVariable long id, Principal reviewer, RedirectAttributes redirect) {
        try {
            editorial.takeOffline(id, reviewer.getName());
            redirect.addFlashAttribute("notice", "文章已下线。");
        } catch (EditorialRuleBroken e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/articles/" + id;
    }

    @PostMapping("/editor/articles/{id}/restore")
    String restore(@PathVariable long id, @RequestParam int revision, Principal editor, RedirectAttributes redirect) {
        try {
            editorial.restore(id, revision, editor.getName());
            redirect.addFlashAttribute("notice", "已恢复到第 " + revision + " 版（保存为新版本）。");
        } catch (EditorialRuleBroken e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/articles/" + id;
    }
}
