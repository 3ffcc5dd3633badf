package org.kepu.portal.videodesk;

import java.io.IOException;
import java.security.Principal;
import org.kepu.content.contest.EntryCaptions;
import org.kepu.content.video.Captions;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.OnRuleBroken;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors add, replace and remove a video's caption tracks from its desk page; a refused file comes
 * back with its problems, cue and line, and the track before stays.
 */
@Controller
class DeskCaptionController {

    private final Videos videos;
    private final Captions captions;
    private final EntryCaptions entryCaptions;
    private final MessageSource messages;

    DeskCaptionController(Videos videos, Captions captions, EntryCaptions entryCaptions, MessageSource messages) {
        this.videos = videos;
        this.captions = captions;
        this.entryCaptions = entryCaptions;
        this.messages = messages;
    }

    @PostMapping("/editor/videos/{id}/captions")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String upload(
            @PathVariable long id,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam("file") MultipartFile file,
            Principal editor,
            RedirectAttributes redirect)
            throws IOException {
        videos.find(id).orElseThrow(() -> new VideoNotFound(id));
        entryCaptions.uploadByStaff(id, language, file.getBytes(), editor.getName());
        redirect.addFlashAttribute("notice", text("videodesk.captions.uploaded"));
        return "redirect:/editor/videos/" + id;
    }

    @PostMapping("/editor/videos/{id}/captions/{language}/delete")
    String remove(@PathVariable long id, @PathVariable String language, Principal editor, RedirectAttributes redirect) {
        if (!captions.remove(id, language, editor.getName())) {
            throw new VideoNotFound(id);
        }
        redirect.addFlashAttribute("notice", text("videodesk.captions.removed"));
        return "redirect:/editor/videos/" + id;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
