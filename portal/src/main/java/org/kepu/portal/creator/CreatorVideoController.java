package org.kepu.portal.creator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.kepu.content.text.UnicodeText;
import org.kepu.content.upload.UploadSettings;
import org.kepu.content.video.Video;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A creator's own videos: upload (resumable, in the browser), then follow each to playback. */
@Controller
class CreatorVideoController {

    private final Videos videos;
    private final CurrentAccount accounts;
    private final CreatorUploads uploads;
    private final UploadSettings settings;
    private final Texts texts;

    CreatorVideoController(
            Videos videos, CurrentAccount accounts, CreatorUploads uploads, UploadSettings settings, Texts texts) {
        this.texts = texts;
        this.videos = videos;
        this.accounts = accounts;
        this.uploads = uploads;
        this.settings = settings;
    }

    @GetMapping("/creator/videos")
    String list(Principal principal, Model model) {
        model.addAttribute("videos", videos.ownedBy(accounts.of(principal).getId()));
        return "creator/videos";
    }

    @GetMapping("/creator/videos/new")
    String form(Model model) {
        model.addAttribute("form", new VideoForm("", "", ""));
        uploadLimits(model);
        return "creator/upload";
    }

    @PostMapping("/creator/videos")
    String submit(
            @Valid @ModelAttribute("form") VideoForm form,
            BindingResult errors,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            uploads.submit(principal, form, errors);
        }
        if (errors.hasErrors()) {
            uploadLimits(model);
            return "creator/upload";
        }
        redirect.addFlashAttribute("notice", texts.of("video.notice.submitted"));
        return "redirect:/creator/videos";
    }

    /** Live state of one of the caller's videos, polled by the list page. */
    @GetMapping("/creator/videos/{id}/status")
    @ResponseBody
    VideoState state(@PathVariable long id, Principal principal) {
        long owner = accounts.of(principal).getId();
        Video video = videos.find(id)
                .filter(v -> v.getOwnerId() != null && v.getOwnerId() == owner)
                .orElseThrow(() -> new VideoNotFound(id));
        return new VideoState(
                video.getStatus().name(), video.getProgress(), texts.stored(video.getReason(), video.getReasonCode()));
    }

    private void uploadLimits(Model model) {
        model.addAttribute("maxSizeMb", settings.maxSize().toMegabytes());
        model.addAttribute("chunkBytes", settings.browserChunkSize().toBytes());
    }

    record VideoForm(
            @UnicodeText
            @NotBlank(message = "{video.form.title.required}")
            @Size(max = 200, message = "{video.form.title.size}")
            String title,

            @UnicodeText @Size(max = 500, message = "{video.form.summary.size}")
            String summary,

            @NotBlank(message = "{video.form.upload.required}")
            String uploadId) {}

    record VideoState(String status, int progress, String reason) {}
}
