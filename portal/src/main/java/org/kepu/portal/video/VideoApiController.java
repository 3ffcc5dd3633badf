package org.kepu.portal.video;

import java.util.List;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/v1/videos}: a stable API for scripts and other clients. */
@RestController
class VideoApiController {

    private final Videos videos;

    VideoApiController(Videos videos) {
        this.videos = videos;
    }

    @GetMapping("/api/v1/videos/{id}")
    VideoJson video(@PathVariable long id) {
        Video video = videos.visible(id);
        VideoMedia media = VideoMedia.of(video);
        return new VideoJson(
                video.getId(),
                video.getTitle(),
                video.getStatus().name(),
                absolute(media.hls()),
                absolute(media.mp4()),
                absolute(media.poster()),
                video.getDurationSeconds(),
                video.getRenditions().stream()
                        .map(r -> new RenditionJson(r.width(), r.height(), r.bandwidth()))
                        .toList());
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    record VideoJson(
            long id,
            String title,
            String status,
            String hls,
            String mp4,
            String poster,
            Integer durationSeconds,
            List<RenditionJson> renditions) {}

    record RenditionJson(int width, int height, int bandwidth) {}
}
