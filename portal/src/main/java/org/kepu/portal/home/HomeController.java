package org.kepu.portal.home;

import org.kepu.content.article.Articles;
import org.kepu.content.video.Videos;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Articles articles;
    private final Videos videos;

    HomeController(Articles articles, Videos videos) {
        this.articles = articles;
        this.videos = videos;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("articles", articles.latest());
        model.addAttribute("videos", videos.latest());
        return "home/index";
    }
}
