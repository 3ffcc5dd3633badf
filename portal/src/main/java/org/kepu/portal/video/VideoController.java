package org.kepu.portal.video;

import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class VideoController {

    private final Videos videos;

    VideoController(Videos videos) {
        this.videos = videos;
    }

    @GetMapping("/videos/{id}")
    String video(@PathVariable long id, Model model) {
        Video video = videos.visible(id);
        videos.recordView(id);
        model.addAttribute("video", video);
        model.addAttribute("media", VideoMedia.of(video));
        return "video/detail";
    }
}
