package org.kepu.portal.creator;

import java.io.IOException;
import org.kepu.content.contest.EntryCaptions;
import org.kepu.content.video.CaptionRevisions;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorial;
import org.kepu.portal.video.VideoAccess;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner of a video, or an editor, adds a WebVTT caption track. An owner who is also an editor
 * is treated as the owner: the contest's deadline binds them like any creator. On a published video
 * the track waits for an editor's review before the public sees it.
 */
@Controller
class CaptionController {

    private final VideoAccess access;
    private final EntryCaptions captions;
    private final CurrentAccount accounts;
    private final Texts texts;
    private final VideoEditorial editorial;

    CaptionController(
            VideoAccess access,
            EntryCaptions captions,
            CurrentAccount accounts,
            Texts texts,
            VideoEditorial editorial) {
        this.editorial = editorial;
        this.texts = texts;
        this.access = access;
        this.captions = captions;
        this.accounts = accounts;
    }

    @OnRuleBroken(redirectTo = "/creator/videos")
    @PostMapping("/creator/videos/{id}/captions")
    String upload(
            @PathVariable long id,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam("file") MultipartFile file,
            Authentication viewer,
            RedirectAttributes redirect)
            throws IOException {
        Video video = access.editable(id, viewer);
        boolean owner = video.getOwnerId() != null
                && video.getOwnerId().equals(accounts.of(viewer).getId());
        CaptionRevisions.Outcome outcome = owner
                ? captions.uploadByOwner(video.getId(), language, file.getBytes(), viewer.getName())
                : captions.uploadByStaff(video.getId(), language, file.getBytes(), viewer.getName());
        if (outcome.isPending()) {
            // a creator has no desk to submit from: like their other corrections it goes to review at once
            editorial.submit(video.getId(), viewer.getName());
        }
        redirect.addFlashAttribute(
                "notice",
                texts.of(outcome.isPending() ? "video.notice.caption-held" : "video.notice.caption-uploaded"));
        return "redirect:/creator/videos";
    }
}
