package org.kepu.portal.contest;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kepu.content.account.Accounts;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.Masks;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 初审: editors watch each entry and accept it or return it with a reason. */
@Controller
class ScreeningController {

    private final Contests contests;
    private final Entries entries;
    private final Videos videos;
    private final Accounts accounts;
    private final Texts texts;

    ScreeningController(Contests contests, Entries entries, Videos videos, Accounts accounts, Texts texts) {
        this.texts = texts;
        this.contests = contests;
        this.entries = entries;
        this.videos = videos;
        this.accounts = accounts;
    }

    @GetMapping("/editor/contests")
    String contests(Model model) {
        model.addAttribute("contests", contests.all());
        model.addAttribute("now", contests.now());
        return "contest/screening-list";
    }

    @GetMapping("/editor/contests/{id}/entries")
    String entries(@PathVariable long id, Model model) {
        Contest contest = contests.get(id);
        List<Entry> all = entries.ofContest(id);
        Map<Long, Video> byId = all.stream()
                .filter(e -> e.videoId() != null)
                .map(e -> videos.find(e.videoId()).orElse(null))
                .filter(v -> v != null)
                .collect(Collectors.toMap(Video::getId, Function.identity()));
        model.addAttribute("contest", contest);
        model.addAttribute("entries", all);
        model.addAttribute("videos", byId);
        // editors see who sent an entry, with contacts masked: only admins contact creators
        model.addAttribute(
                "creators",
                all.stream()
                        .filter(e -> e.creatorId() != null)
                        .map(Entry::creatorId)
                        .distinct()
                        .flatMap(cid -> accounts.findById(cid).stream())
                        .collect(Collectors.toMap(
                                a -> a.getId(), a -> a.getDisplayName() + "（" + Masks.contact(a.getUsername()) + "）")));
        model.addAttribute("screening", contest.schedule().screens(contests.now()));
        return "contest/screening";
    }

    @PostMapping("/editor/entries/{id}/accept")
    String accept(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        Entry entry = entries.get(id);
        try {
            entries.accept(id, principal.getName());
            redirect.addFlashAttribute("notice", texts.of("contest.screening.accepted", entry.title()));
        } catch (ContestRuleBroken e) {
            redirect.addFlashAttribute("problem", texts.of(e));
        }
        return "redirect:/editor/contests/" + entry.contestId() + "/entries";
    }

    @PostMapping("/editor/entries/{id}/return")
    String giveBack(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Principal principal,
            RedirectAttributes redirect) {
        Entry entry = entries.get(id);
        try {
            entries.giveBack(id, reason, principal.getName());
            redirect.addFlashAttribute("notice", texts.of("contest.screening.returned", entry.title()));
        } catch (ContestRuleBroken e) {
            redirect.addFlashAttribute("problem", texts.of(e));
        }
        return "redirect:/editor/contests/" + entry.contestId() + "/entries";
    }
}
