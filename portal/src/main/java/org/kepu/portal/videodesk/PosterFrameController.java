package org.kepu.portal.videodesk;

import java.security.Principal;
import java.time.Duration;
import org.kepu.content.video.VideoEditorial;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An editor picks a frame of the storyboard as the poster; a media worker takes it from the video. */
@Controller
class PosterFrameController {

    private final VideoEditorial editorial;

    private final Texts texts;

    PosterFrameController(VideoEditorial editorial, Texts texts) {
        this.texts = texts;
        this.editorial = editorial;
    }

    @PostMapping("/editor/videos/{id}/poster-frame")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String pick(@PathVariable long id, @RequestParam int seconds, Principal editor, RedirectAttributes redirect) {
        editorial.posterFromFrame(id, Duration.ofSeconds(seconds), editor.getName());
        redirect.addFlashAttribute("notice", texts.of("videodesk.poster.chosen"));
        return "redirect:/editor/videos/" + id;
    }
}
