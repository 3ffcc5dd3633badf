package org.kepu.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeContent content;

    HomeController(HomeContent content) {
        this.content = content;
    }

    @GetMapping("/")
    String home(Model model) {
        HomeContent.Lists lists = content.current();
        model.addAttribute("pageDescription", "伊金霍洛旗科普公共服务平台：应急科普、健康生活、防灾减灾、智慧助老、农牧科技和青少年科学教育的文章与微视频。");
        model.addAttribute("articles", lists.articles());
        model.addAttribute("videos", lists.videos());
        model.addAttribute("audiences", lists.audiences());
        model.addAttribute("carousel", lists.carousel());
        model.addAttribute("featuredColumns", lists.featuredColumns());
        model.addAttribute("mostRead", lists.mostRead());
        return "home/index";
    }
}
