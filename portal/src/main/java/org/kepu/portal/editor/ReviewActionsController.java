package org.kepu.portal.editor;

import java.security.Principal;
import org.kepu.content.article.Editorial;
import org.kepu.content.editorial.Review;
import org.kepu.content.video.VideoEditorial;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's approve and return, the same for articles and videos ({@link Review}): one handler
 * each, on the desk's own address ({@code /editor/articles/…}, {@code /editor/videos/…}), so the
 * back office's rules and the pages' forms stay as they are. A broken rule goes back to the item's
 * page with its message ({@link OnRuleBroken}).
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
class ReviewActionsController {

    private final Editorial articles;
    private final VideoEditorial videos;
    private final Texts texts;

    ReviewActionsController(Editorial articles, VideoEditorial videos, Texts texts) {
        this.articles = articles;
        this.videos = videos;
        this.texts = texts;
    }

    @PostMapping("/editor/{desk:articles|videos}/{id}/approve")
    @OnRuleBroken(redirectTo = "/editor/{desk}/{id}")
    String approve(
            @PathVariable String desk,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean overrideSensitive,
            Principal reviewer,
            RedirectAttributes redirect) {
        Review<?> review = review(desk);
        review.approve(id, reviewer.getName(), overrideSensitive);
        int done = review.approvals(id);
        int levels = review.reviewLevels();
        String notice;
        if (done < levels) {
            notice = texts.of("review.approved.level", done, levels, levels - done);
        } else {
            notice = texts.of(review.isScheduled(id) ? "review.approved.scheduled" : "review.approved.published");
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/editor/" + desk + "/" + id;
    }

    @PostMapping("/editor/{desk:articles|videos}/{id}/reject")
    @OnRuleBroken(redirectTo = "/editor/{desk}/{id}")
    String reject(
            @PathVariable String desk,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Principal reviewer,
            RedirectAttributes redirect) {
        review(desk).reject(id, reviewer.getName(), reason);
        redirect.addFlashAttribute("notice", texts.of("review.returned"));
        return "redirect:/editor/" + desk + "/" + id;
    }

    private Review<?> review(String desk) {
        return desk.equals("videos") ? videos : articles;
    }
}
