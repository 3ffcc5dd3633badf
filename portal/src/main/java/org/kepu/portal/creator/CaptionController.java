package org.kepu.portal.creator;

import java.io.IOException;
import org.kepu.content.video.Captions;
import org.kepu.content.video.InvalidCaption;
import org.kepu.content.video.Video;
import org.kepu.portal.video.VideoAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner of a video, or an editor, adds a WebVTT caption track. */
@Controller
class CaptionController {

    private final VideoAccess access;
    private final Captions captions;

    CaptionController(VideoAccess access, Captions captions) {
        this.access = access;
        this.captions = captions;
    }

    @PostMapping("/creator/videos/{id}/captions")
    String upload(
            @PathVariable long id,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam("file") MultipartFile file,
            Authentication viewer,
            RedirectAttributes redirect)
            throws IOException {
        Video video = access.editable(id, viewer);
        try {
            captions.upload(video.getId(), language, file.getBytes());
            redirect.addFlashAttribute("notice", "字幕已上传。");
        } catch (InvalidCaption e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/creator/videos";
    }
}
