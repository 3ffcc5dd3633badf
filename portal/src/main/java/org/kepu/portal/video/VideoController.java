package org.kepu.portal.video;

import org.kepu.content.video.Captions;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class VideoController {

    private final Videos videos;
    private final VideoAccess access;
    private final Captions captions;

    VideoController(Videos videos, VideoAccess access, Captions captions) {
        this.videos = videos;
        this.access = access;
        this.captions = captions;
    }

    @GetMapping("/videos/{id}")
    String video(@PathVariable long id, Model model, Authentication viewer) {
        Video video = access.readable(id, viewer);
        if (video.getStatus() != VideoStatus.READY) {
            throw new VideoNotFound(id);
        }
        if (video.isPublic()) {
            videos.recordView(id);
        }
        model.addAttribute("video", video);
        model.addAttribute("media", VideoMedia.of(video));
        model.addAttribute("captions", captions.of(id));
        return "video/detail";
    }
}
