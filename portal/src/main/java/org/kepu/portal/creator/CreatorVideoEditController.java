package org.kepu.portal.creator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.text.UnicodeText;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoChapter;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoEditorialStatus;
import org.kepu.content.video.VideoMetadata;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A creator fixes their own video after it was returned (or corrects a published one) and submits it
 * again: the same revisions and review as in the back office, column, town and audiences left to
 * the editors.
 */
@Controller
class CreatorVideoEditController {

    private final Videos videos;
    private final VideoEditorial editorial;
    private final CurrentAccount accounts;
    private final Texts texts;

    CreatorVideoEditController(Videos videos, VideoEditorial editorial, CurrentAccount accounts, Texts texts) {
        this.texts = texts;
        this.videos = videos;
        this.editorial = editorial;
        this.accounts = accounts;
    }

    @GetMapping("/creator/videos/{id}/edit")
    String form(@PathVariable long id, Principal principal, Model model) {
        Video video = own(id, principal);
        VideoMetadata m = editorial.pendingMetadata(video);
        model.addAttribute("video", video);
        model.addAttribute(
                "form",
                new FixForm(
                        m.title(),
                        m.summary(),
                        String.join("，", m.tags()),
                        VideoChapter.format(m.chapters()),
                        m.titleMn(),
                        m.summaryMn()));
        return "creator/video-edit";
    }

    @PostMapping("/creator/videos/{id}/edit")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FixForm form,
            BindingResult errors,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Video video = own(id, principal);
        if (!errors.hasErrors()) {
            try {
                VideoMetadata m = editorial.pendingMetadata(video);
                editorial.describe(
                        id,
                        new VideoMetadata(
                                form.title(),
                                form.summary(),
                                m.columnId(),
                                m.townCode(),
                                m.audienceCodes(),
                                form.tags() == null
                                        ? List.of()
                                        : Arrays.asList(form.tags().split("[,，、]")),
                                VideoChapter.parse(form.chapters()),
                                m.publishAt(),
                                form.titleMn(),
                                form.summaryMn()),
                        principal.getName());
                editorial.submit(id, principal.getName());
            } catch (EditorialRuleBroken e) {
                texts.reject(errors, null, e);
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("video", video);
            return "creator/video-edit";
        }
        redirect.addFlashAttribute("notice", texts.of("video.notice.resubmitted"));
        return "redirect:/creator/videos";
    }

    private Video own(long id, Principal principal) {
        long owner = accounts.of(principal).getId();
        return videos.find(id)
                .filter(v -> v.getOwnerId() != null && v.getOwnerId() == owner)
                .filter(v -> v.getEditorial() != VideoEditorialStatus.CONTEST_ENTRY)
                .orElseThrow(() -> new VideoNotFound(id));
    }

    record FixForm(
            @UnicodeText
            @NotBlank(message = "{video.form.title.required}")
            @Size(max = 200, message = "{video.form.title.size}")
            String title,

            @UnicodeText @Size(max = 500, message = "{video.form.summary.size}")
            String summary,

            @UnicodeText @Size(max = 300, message = "{video.form.tags.size}")
            String tags,

            @UnicodeText @Size(max = 4000, message = "{video.form.chapters.size}")
            String chapters,

            @UnicodeText @Size(max = 200, message = "{video.form.titleMn.size}")
            String titleMn,

            @UnicodeText @Size(max = 500, message = "{video.form.summaryMn.size}")
            String summaryMn) {}
}
