package org.kepu.portal.home;

import java.time.Clock;
import java.time.LocalDate;
import org.kepu.content.article.Articles;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Audiences;
import org.kepu.content.video.Videos;
import org.kepu.portal.curation.CuratedItems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Articles articles;
    private final Videos videos;
    private final Audiences audiences;
    private final Clock clock;
    private final Columns columns;
    private final ColumnCuration curation;
    private final CuratedItems curated;

    HomeController(
            Articles articles,
            Videos videos,
            Audiences audiences,
            Clock clock,
            Columns columns,
            ColumnCuration curation,
            CuratedItems curated) {
        this.columns = columns;
        this.curation = curation;
        this.curated = curated;
        this.articles = articles;
        this.videos = videos;
        this.audiences = audiences;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("pageDescription", "伊金霍洛旗科普公共服务平台：应急科普、健康生活、防灾减灾、智慧助老、农牧科技和青少年科学教育的文章与微视频。");
        model.addAttribute("articles", articles.latest());
        model.addAttribute("videos", videos.latest());
        model.addAttribute("audiences", audiences.findAllByOrderBySortOrder());
        model.addAttribute("carousel", curated.visible(curation.featured()));
        model.addAttribute("featuredColumns", columns.findByOnHomeTrueOrderBySortOrderAscIdAsc());
        model.addAttribute(
                "mostRead", articles.mostReadSince(LocalDate.now(clock).minusDays(7), 5));
        return "home/index";
    }
}
