package org.kepu.portal.home;

import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeContent content;
    private final Texts texts;

    HomeController(HomeContent content, Texts texts) {
        this.content = content;
        this.texts = texts;
    }

    @GetMapping("/")
    String home(Model model) {
        HomeContent.Lists lists = content.current();
        model.addAttribute("pageDescription", texts.of("home.description"));
        model.addAttribute("articles", lists.articles());
        model.addAttribute("videos", lists.videos());
        model.addAttribute("audiences", lists.audiences());
        model.addAttribute("carousel", lists.carousel());
        model.addAttribute("featuredColumns", lists.featuredColumns());
        model.addAttribute("mostRead", lists.mostRead());
        return "home/index";
    }
}
