package org.kepu.portal.home;

import java.time.Clock;
import java.time.LocalDate;
import org.kepu.content.article.Articles;
import org.kepu.content.reference.Audiences;
import org.kepu.content.video.Videos;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Articles articles;
    private final Videos videos;
    private final Audiences audiences;
    private final Clock clock;

    HomeController(Articles articles, Videos videos, Audiences audiences, Clock clock) {
        this.articles = articles;
        this.videos = videos;
        this.audiences = audiences;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("articles", articles.latest());
        model.addAttribute("videos", videos.latest());
        model.addAttribute("audiences", audiences.findAllByOrderBySortOrder());
        model.addAttribute(
                "mostRead", articles.mostReadSince(LocalDate.now(clock).minusDays(7), 5));
        return "home/index";
    }
}
