package org.kepu.portal.contest;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.contest.BlindEntry;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.JudgeAssignment;
import org.kepu.content.contest.JudgeProgress;
import org.kepu.content.contest.Judging;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The judges' desk: their contests with progress, the anonymised entries of their groups, and one
 * score sheet per entry that they may revise until they submit it.
 */
@Controller
class JudgeController {

    private final Judging judging;
    private final Contests contests;
    private final CurrentAccount accounts;

    private final Texts texts;

    JudgeController(Judging judging, Contests contests, CurrentAccount accounts, Texts texts) {
        this.texts = texts;
        this.judging = judging;
        this.contests = contests;
        this.accounts = accounts;
    }

    @GetMapping("/judge")
    String desk(Principal principal, Model model) {
        long me = accounts.of(principal).getId();
        Map<Contest, JudgeProgress> mine = new LinkedHashMap<>();
        for (JudgeAssignment a : judging.assignmentsOf(me)) {
            mine.put(contests.get(a.contestId()), judging.progress(a.contestId(), me));
        }
        model.addAttribute("assignments", mine);
        model.addAttribute("now", contests.now());
        return "contest/judge-desk";
    }

    @GetMapping("/judge/contests/{id}")
    String pool(@PathVariable long id, Principal principal, Model model) {
        long me = accounts.of(principal).getId();
        Contest contest = contests.get(id);
        model.addAttribute("contest", contest);
        model.addAttribute("pool", judging.pool(id, me));
        model.addAttribute("progress", judging.progress(id, me));
        model.addAttribute("judgingOpen", contest.schedule().judges(contests.now()));
        return "contest/judge-pool";
    }

    @GetMapping("/judge/entries/{id}")
    String sheet(@PathVariable long id, Principal principal, Model model) {
        long me = accounts.of(principal).getId();
        BlindEntry entry = judging.entry(id, me);
        Contest contest = contests.get(entry.contestId());
        model.addAttribute("contest", contest);
        model.addAttribute("entry", entry);
        model.addAttribute("judgingOpen", contest.schedule().judges(contests.now()));
        return "contest/judge-sheet";
    }

    @PostMapping("/judge/entries/{id}/scores")
    @OnRuleBroken(redirectTo = "/judge/entries/{id}")
    String score(
            @PathVariable long id,
            @RequestParam(name = "score", required = false) List<String> scores,
            @RequestParam(name = "note", required = false) List<String> notes,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "save") String action,
            Principal principal,
            RedirectAttributes redirect) {
        long me = accounts.of(principal).getId();
        boolean submit = "submit".equals(action);
        judging.score(id, me, parse(scores), notes, comment, submit);
        redirect.addFlashAttribute("notice", texts.of(submit ? "contest.judge.submitted" : "contest.judge.saved"));
        return "redirect:/judge/entries/" + id;
    }

    @PostMapping("/judge/entries/{id}/conflict")
    @OnRuleBroken(redirectTo = "/judge/entries/{id}")
    String conflict(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Principal principal,
            RedirectAttributes redirect) {
        judging.declareConflict(id, accounts.of(principal).getId(), note);
        redirect.addFlashAttribute("notice", texts.of("contest.judge.conflict"));
        return "redirect:/judge/entries/" + id;
    }

    /** Empty fields are "not scored yet"; anything that is not a whole number is refused. */
    private static List<Integer> parse(List<String> texts) {
        List<Integer> scores = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null || text.isBlank()) {
                scores.add(null);
                continue;
            }
            try {
                scores.add(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                throw ContestRuleBroken.at("scores", "contest.judging.score-range");
            }
        }
        return scores;
    }
}
