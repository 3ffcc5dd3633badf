package org.kepu.portal.contest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.account.Account;
import org.kepu.content.account.AccountAdministration;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.ContactVerification;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestDefinition;
import org.kepu.content.contest.ContestExport;
import org.kepu.content.contest.ContestMongolian;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Creators;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryField;
import org.kepu.content.contest.Judging;
import org.kepu.content.contest.Ranking;
import org.kepu.content.contest.Votes;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins define contests, assign judges, watch the ranking, change awards with a reason, publish
 * the results, review vote flags and export the workbook. They see creators' contacts unmasked:
 * they are the staff who contact winners.
 */
@Controller
class ContestAdminController {

    private final Contests contests;
    private final Entries entries;
    private final Judging judging;
    private final Ranking ranking;
    private final Votes votes;
    private final ContestExport export;
    private final AccountAdministration accounts;
    private final Accounts people;
    private final Creators creators;
    private final ContactVerification verification;
    private final ContestRules rules;
    private final ContestPosters posters;
    private final Texts texts;

    ContestAdminController(
            Contests contests,
            Entries entries,
            Judging judging,
            Ranking ranking,
            Votes votes,
            ContestExport export,
            AccountAdministration accounts,
            Accounts people,
            Creators creators,
            ContactVerification verification,
            ContestRules rules,
            ContestPosters posters,
            Texts texts) {
        this.texts = texts;
        this.contests = contests;
        this.entries = entries;
        this.judging = judging;
        this.ranking = ranking;
        this.votes = votes;
        this.export = export;
        this.accounts = accounts;
        this.people = people;
        this.creators = creators;
        this.verification = verification;
        this.rules = rules;
        this.posters = posters;
    }

    @GetMapping("/admin/contests")
    String list(Model model) {
        model.addAttribute("contests", contests.all());
        model.addAttribute("now", contests.now());
        return "contest/admin-list";
    }

    @GetMapping("/admin/contests/new")
    String create(Model model) {
        model.addAttribute("form", ContestForm.blank());
        return showForm(null, model);
    }

    @PostMapping("/admin/contests")
    String create(
            @ModelAttribute("form") ContestForm form,
            BindingResult errors,
            @RequestParam(required = false) String add,
            @RequestParam(required = false) String remove,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (add != null || remove != null) {
            return changeRows(form, add, remove, null, model);
        }
        try {
            if (rejected(form, errors)) {
                return showForm(null, model);
            }
            ContestDefinition definition = form.definition(rules.html(form.rules()), null);
            Contest contest = contests.create(definition, principal.getName());
            redirect.addFlashAttribute("notice", texts.of("contest.admin.created", contest.title()));
            return "redirect:/admin/contests/" + contest.id();
        } catch (ContestRuleBroken e) {
            texts.reject(errors, e.field(), e);
            return showForm(null, model);
        }
    }

    @GetMapping("/admin/contests/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Contest contest = contests.get(id);
        model.addAttribute("form", ContestForm.of(contest, rules.markdown(contest)));
        return showForm(contest, model);
    }

    @PostMapping("/admin/contests/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ContestForm form,
            BindingResult errors,
            @RequestParam(required = false) String add,
            @RequestParam(required = false) String remove,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Contest contest = contests.get(id);
        if (add != null || remove != null) {
            return changeRows(form, add, remove, contest, model);
        }
        try {
            if (rejected(form, errors)) {
                return showForm(contest, model);
            }
            contests.update(id, form.definition(rules.html(form.rules()), contest.posterKey()), principal.getName());
        } catch (ContestRuleBroken e) {
            texts.reject(errors, e.field(), e);
            return showForm(contest, model);
        }
        redirect.addFlashAttribute("notice", texts.of("contest.admin.saved"));
        return "redirect:/admin/contests/" + id;
    }

    /**
     * The poster has a form of its own: a file part would push the definition form, with its many
     * rows, past the server's limit on multipart parts.
     */
    @PostMapping("/admin/contests/{id}/poster")
    @OnRuleBroken(redirectTo = "/admin/contests/{id}/edit#poster")
    String poster(
            @PathVariable long id,
            @RequestParam(name = "poster", required = false) MultipartFile poster,
            @RequestParam(defaultValue = "") String posterAlt,
            Principal principal,
            RedirectAttributes redirect) {
        Contest contest = contests.get(id);
        contests.changePoster(
                id, posters.store(poster, posterAlt, contest.title(), principal.getName()), principal.getName());
        redirect.addFlashAttribute("notice", texts.of("contest.admin.poster.updated"));
        return "redirect:/admin/contests/" + id + "/edit#poster";
    }

    /** The Mongolian texts have a form of their own, as the poster: saved apart from the definition. */
    @PostMapping("/admin/contests/{id}/mongolian")
    String mongolian(
            @PathVariable long id,
            @Valid @ModelAttribute("mongolian") MongolianTextsForm form,
            BindingResult errors,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Contest contest = contests.get(id);
        if (!errors.hasErrors()) {
            try {
                contests.describeInMongolian(
                        id,
                        new ContestMongolian(
                                form.titleMn(), form.themeMn(), rules.html(form.rulesMn()), form.rulesMn()),
                        principal.getName());
                redirect.addFlashAttribute("notice", texts.of("contest.admin.mongolian.saved"));
                return "redirect:/admin/contests/" + id + "/edit#mongolian";
            } catch (ContestRuleBroken e) {
                texts.reject(errors, null, e);
            }
        }
        // what was typed comes back with the reason, beside the definition as stored
        model.addAttribute("form", ContestForm.of(contest, rules.markdown(contest)));
        return showForm(contest, model);
    }

    @PostMapping("/admin/contests/{id}/poster/remove")
    String removePoster(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        contests.changePoster(id, null, principal.getName());
        redirect.addFlashAttribute("notice", texts.of("contest.admin.poster.removed"));
        return "redirect:/admin/contests/" + id + "/edit#poster";
    }

    /** The "add a row" and "remove" buttons: the form comes back as typed, one row more or less. */
    private String changeRows(ContestForm form, String add, String remove, Contest contest, Model model) {
        if (add != null) {
            form.addRow(add);
        }
        if (remove != null) {
            form.removeRow(remove);
        }
        return showForm(contest, model);
    }

    private static boolean rejected(ContestForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return true;
        }
        // codes, not words: the form's page words them in its own language
        form.rowProblems().forEach(p -> errors.rejectValue(p.field(), p.getCodes()[0], p.getArguments(), null));
        return errors.hasErrors();
    }

    @GetMapping("/admin/contests/{id}")
    String manage(@PathVariable long id, Model model) {
        Contest contest = contests.get(id);
        List<Entry> all = entries.ofContest(id);
        model.addAttribute("contest", contest);
        model.addAttribute("phase", contest.phaseAt(contests.now()));
        model.addAttribute("entries", all);
        model.addAttribute("contacts", contacts(all));
        model.addAttribute(
                "unverified",
                all.stream()
                        .map(Entry::creatorId)
                        .filter(c -> c != null)
                        .distinct()
                        .filter(c -> creators.profile(c).map(p -> !p.verified()).orElse(false))
                        .toList());
        model.addAttribute("judges", judging.judgesOf(id));
        model.addAttribute(
                "judgeAccounts",
                accounts.all().stream()
                        .filter(a -> a.getRoles().contains(Role.JUDGE))
                        .toList());
        model.addAttribute("ranked", ranking.byGroup(id));
        model.addAttribute("awards", Award.values());
        model.addAttribute("flags", votes.flags(id));
        return "contest/admin-manage";
    }

    @PostMapping("/admin/contests/{id}/judges")
    @OnRuleBroken(redirectTo = "/admin/contests/{id}#judges")
    String assign(
            @PathVariable long id,
            @RequestParam long judgeId,
            @RequestParam(required = false) String groupCode,
            @RequestParam(required = false) String categoryCode,
            Principal principal,
            RedirectAttributes redirect) {
        judging.assign(id, judgeId, groupCode, categoryCode, principal.getName());
        redirect.addFlashAttribute("notice", texts.of("contest.admin.judge.assigned"));
        return "redirect:/admin/contests/" + id + "#judges";
    }

    @PostMapping("/admin/contests/{id}/judges/{judgeId}/remove")
    String unassign(
            @PathVariable long id, @PathVariable long judgeId, Principal principal, RedirectAttributes redirect) {
        judging.unassign(id, judgeId, principal.getName());
        redirect.addFlashAttribute("notice", texts.of("contest.admin.judge.removed"));
        return "redirect:/admin/contests/" + id + "#judges";
    }

    @PostMapping("/admin/entries/{id}/award")
    String award(
            @PathVariable long id,
            @RequestParam Award award,
            @RequestParam(defaultValue = "") String reason,
            Principal principal,
            RedirectAttributes redirect) {
        Entry entry = entries.get(id);
        try {
            ranking.changeAward(id, award, reason, principal.getName());
            redirect.addFlashAttribute(
                    "notice", texts.of("contest.admin.award.changed", entry.title(), texts.of(award)));
        } catch (ContestRuleBroken e) {
            redirect.addFlashAttribute("problem", texts.of(e));
        }
        return "redirect:/admin/contests/" + entry.contestId() + "#ranking";
    }

    /** What publishing will do, asked before it is done: it cannot be taken back. */
    @GetMapping("/admin/contests/{id}/publish")
    String confirmPublish(@PathVariable long id, Model model) {
        Contest contest = contests.get(id);
        model.addAttribute("contest", contest);
        model.addAttribute("phase", contest.phaseAt(contests.now()));
        model.addAttribute("ranked", ranking.byGroup(id));
        return "contest/admin-publish";
    }

    @PostMapping("/admin/contests/{id}/publish")
    @OnRuleBroken(redirectTo = "/admin/contests/{id}")
    String publish(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        contests.publishResults(id, principal.getName());
        redirect.addFlashAttribute("notice", texts.of("contest.admin.results.published"));
        return "redirect:/admin/contests/" + id;
    }

    @PostMapping("/admin/contests/{id}/flags/{flagId}/reviewed")
    String reviewed(@PathVariable long id, @PathVariable long flagId, Principal principal) {
        votes.reviewed(flagId, principal.getName());
        return "redirect:/admin/contests/" + id + "#flags";
    }

    /** Staff checked a creator's contact another way (a call, in person): no SMS or mail needed. */
    @PostMapping("/admin/contests/{id}/creators/{accountId}/verified")
    String verified(
            @PathVariable long id, @PathVariable long accountId, Principal principal, RedirectAttributes redirect) {
        verification.markVerified(accountId, principal.getName());
        redirect.addFlashAttribute("notice", texts.of("contest.admin.contact.verified"));
        return "redirect:/admin/contests/" + id + "#entries";
    }

    @GetMapping("/admin/contests/{id}/export.xlsx")
    void export(@PathVariable long id, Principal principal, HttpServletResponse response) throws IOException {
        Contest contest = contests.get(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(contest.slug() + "-results.xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        export.write(id, principal.getName(), response.getOutputStream(), ContestAdminController.this::exportWord);
    }

    /** The export's words: award and status names as the pages say them, the rest its own. */
    private String exportWord(String key) {
        if (key.startsWith("award.")) {
            return texts.of("contest." + key);
        }
        if (key.startsWith("status.")) {
            return texts.of("contest.entry-" + key);
        }
        return texts.of("contest.export." + key);
    }

    private String showForm(Contest contest, Model model) {
        model.addAttribute("contest", contest);
        if (contest != null && !model.containsAttribute("mongolian")) {
            model.addAttribute("mongolian", MongolianTextsForm.of(contest));
        }
        model.addAttribute("awardLevels", List.of(Award.FIRST, Award.SECOND, Award.THIRD, Award.EXCELLENT));
        model.addAttribute("fields", EntryField.values());
        return "contest/admin-form";
    }

    /** Full contacts, for the staff who must reach creators. */
    private Map<Long, String> contacts(List<Entry> all) {
        List<Long> ids = all.stream()
                .map(Entry::creatorId)
                .filter(c -> c != null)
                .distinct()
                .toList();
        return people.findAllById(ids).stream()
                .collect(Collectors.toMap(Account::getId, a -> a.getDisplayName() + " " + a.getUsername()));
    }
}
