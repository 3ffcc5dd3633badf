package org.kepu.portal.contest;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.ItemUrls;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestPhase;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryNotFound;
import org.kepu.content.contest.RankedEntry;
import org.kepu.content.contest.Ranking;
import org.kepu.content.contest.Votes;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.reference.Towns;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.kepu.portal.share.SiteUrls;
import org.kepu.portal.web.ClientAddresses;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side of contests: rules and phases, the gallery of accepted entries, votes, results. */
@Controller
class ContestPageController {

    private final Contests contests;
    private final Catalog catalog;
    private final Ranking ranking;
    private final Votes votes;
    private final Towns towns;
    private final ReferenceNames names;
    private final CurrentAccount accounts;
    private final SiteUrls urls;
    // a person votes for a handful of entries; a script for hundreds
    private final RateLimit votesPerAccount;
    private final RateLimit votesPerAddress;
    private final Texts texts;

    ContestPageController(
            Contests contests,
            Catalog catalog,
            Ranking ranking,
            Votes votes,
            Towns towns,
            ReferenceNames names,
            CurrentAccount accounts,
            SiteUrls urls,
            RateLimits limits,
            Texts texts) {
        this.texts = texts;
        this.contests = contests;
        this.catalog = catalog;
        this.ranking = ranking;
        this.votes = votes;
        this.towns = towns;
        this.names = names;
        this.accounts = accounts;
        this.urls = urls;
        this.votesPerAccount = limits.limit("votes-per-account", 30, Duration.ofMinutes(10));
        this.votesPerAddress = limits.limit("votes-per-address", 120, Duration.ofMinutes(10));
    }

    @GetMapping("/contests")
    String list(Model model) {
        model.addAttribute("contests", contests.all());
        model.addAttribute("now", contests.now());
        model.addAttribute("pageDescription", texts.of("contest.list.description"));
        return "contest/list";
    }

    @GetMapping("/contests/{slug}")
    String detail(@PathVariable String slug, Model model) {
        Contest contest = contests.bySlug(slug);
        model.addAttribute("contest", contest);
        model.addAttribute("phase", contest.phaseAt(contests.now()));
        model.addAttribute("phases", ContestPhase.values());
        model.addAttribute("entryCount", catalog.entriesOf(contest.id()).size());
        String lang = Texts.locale().getLanguage();
        model.addAttribute(
                "pageDescription",
                texts.of("contest.detail.description", contest.titleIn(lang), contest.themeIn(lang)));
        return "contest/detail";
    }

    @GetMapping("/contests/{slug}/entries")
    String gallery(
            @PathVariable String slug,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String town,
            Model model) {
        Contest contest = contests.bySlug(slug);
        List<Entry> shown = catalog.entriesOf(contest.id()).stream()
                .filter(e -> blank(group) || e.groupCode().equals(group))
                .filter(e -> blank(category) || e.categoryCode().equals(category))
                .filter(e -> blank(town) || town.equals(e.townCode()))
                .toList();
        model.addAttribute("contest", contest);
        model.addAttribute("phase", contest.phaseAt(contests.now()));
        model.addAttribute("entries", shown);
        model.addAttribute("entryUrls", urlsOf(contest, shown));
        model.addAttribute("towns", towns.findAllByOrderBySortOrder());
        model.addAttribute("group", group);
        model.addAttribute("category", category);
        model.addAttribute("town", town);
        String lang = Texts.locale().getLanguage();
        model.addAttribute(
                "pageDescription",
                texts.of("contest.gallery.description", contest.titleIn(lang), contest.themeIn(lang)));
        return "contest/gallery";
    }

    @GetMapping("/contests/{slug}/entries/{id}")
    String entry(@PathVariable String slug, @PathVariable long id, Principal principal, Model model) {
        Contest contest = contests.bySlug(slug);
        Entry entry = catalog.publicEntry(id).orElseThrow(() -> new EntryNotFound(id));
        if (entry.contestId() != contest.id()) {
            throw new EntryNotFound(id);
        }
        model.addAttribute("contest", contest);
        model.addAttribute("entry", entry);
        model.addAttribute("pageDescription", entry.summary());
        model.addAttribute("voting", contest.schedule().votes(contests.now()));
        model.addAttribute(
                "votedToday",
                principal != null && votes.votedToday(id, accounts.of(principal).getId()));
        model.addAttribute("townName", names.townName(entry.townCode()));
        model.addAttribute("itemUrl", ItemUrls.entry(contest.slug(), entry.id()));
        model.addAttribute("shareUrl", urls.absolute(ItemUrls.entry(contest.slug(), entry.id())));
        return "contest/entry";
    }

    @PostMapping("/contests/{slug}/entries/{id}/vote")
    String vote(
            @PathVariable String slug,
            @PathVariable long id,
            Principal principal,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Contest contest = contests.bySlug(slug);
        long account = accounts.of(principal).getId();
        if (!votesPerAccount.tryAcquire(String.valueOf(account))
                || !votesPerAddress.tryAcquire(ClientAddresses.keyOf(request))) {
            throw new ContestRuleBroken("contest.vote.too-often");
        }
        long count = votes.vote(contest.id(), id, account, request.getRemoteAddr());
        redirect.addFlashAttribute("notice", texts.of("contest.notice.voted", String.valueOf(count)));
        return "redirect:" + ItemUrls.entry(slug, id);
    }

    @GetMapping("/contests/{slug}/results")
    String results(@PathVariable String slug, Model model) {
        Contest contest = contests.bySlug(slug);
        if (!contest.resultsPublished()) {
            // a page people come back to: it says when the results will be there
            model.addAttribute("contest", contest);
            model.addAttribute("now", contests.now());
            model.addAttribute("phase", contest.phaseAt(contests.now()));
            model.addAttribute(
                    "pageDescription",
                    texts.of(
                            "contest.results.pending.description",
                            contest.titleIn(Texts.locale().getLanguage())));
            return "contest/results-pending";
        }
        Map<String, List<RankedEntry>> ranked = ranking.byGroup(contest.id());
        model.addAttribute("contest", contest);
        model.addAttribute("phase", contest.phaseAt(contests.now()));
        model.addAttribute("ranked", ranked);
        model.addAttribute(
                "pageDescription",
                texts.of(
                        "contest.results.description",
                        contest.titleIn(Texts.locale().getLanguage())));
        List<Entry> shown = catalog.entriesOf(contest.id());
        model.addAttribute("entryUrls", urlsOf(contest, shown));
        model.addAttribute(
                "popular",
                shown.stream()
                        .sorted((a, b) -> Long.compare(b.voteCount(), a.voteCount()))
                        .limit(10)
                        .toList());
        return "contest/results";
    }

    /** The pages of the contest's entries by id, for the gallery and results lists. */
    private static Map<Long, String> urlsOf(Contest contest, List<Entry> shown) {
        return shown.stream().collect(Collectors.toMap(Entry::id, e -> ItemUrls.entry(contest.slug(), e.id())));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
