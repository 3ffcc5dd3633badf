package org.kepu.portal.contest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.account.Account;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.RankedEntry;
import org.kepu.content.contest.Ranking;
import org.kepu.content.reference.Towns;
import org.kepu.content.upload.UploadSettings;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.kepu.portal.image.CoverImage;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.StoredImages;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A creator's entries: submit with a resumable upload, follow each on its timeline, fix or replace
 * the video until the deadline, withdraw. Another creator's entry answers "not found".
 */
@Controller
class CreatorEntryController {

    private static final long MAX_COVER_BYTES = 10L * 1024 * 1024;
    private static final String PENDING_COVER = "pending";

    private final Contests contests;
    private final Entries entries;
    private final Ranking ranking;
    private final Videos videos;
    private final Towns towns;
    private final CurrentAccount accounts;
    private final UploadSettings uploadSettings;
    private final StoredImages images;
    private final Texts texts;

    CreatorEntryController(
            Contests contests,
            Entries entries,
            Ranking ranking,
            Videos videos,
            Towns towns,
            CurrentAccount accounts,
            UploadSettings uploadSettings,
            StoredImages images,
            Texts texts) {
        this.texts = texts;
        this.contests = contests;
        this.entries = entries;
        this.ranking = ranking;
        this.videos = videos;
        this.towns = towns;
        this.accounts = accounts;
        this.uploadSettings = uploadSettings;
        this.images = images;
    }

    @GetMapping("/creator/entries")
    String mine(Principal principal, Model model) {
        Account me = accounts.of(principal);
        Timelines lookups = new Timelines();
        Map<Entry, EntryTimeline> timelines = new LinkedHashMap<>();
        Map<Long, String> contestTitles = new LinkedHashMap<>();
        for (Entry entry : entries.ofCreator(me.getId())) {
            timelines.put(entry, lookups.of(entry));
            contestTitles.put(
                    entry.contestId(), lookups.contest(entry.contestId()).title());
        }
        model.addAttribute("timelines", timelines);
        model.addAttribute("contestTitles", contestTitles);
        model.addAttribute(
                "open",
                contests.all().stream()
                        .filter(c -> c.schedule().acceptsEntries(contests.now()))
                        .toList());
        return "contest/creator-entries";
    }

    @GetMapping("/creator/contests/{slug}/enter")
    String form(@PathVariable String slug, Model model) {
        Contest contest = contests.bySlug(slug);
        model.addAttribute("form", EntryForm.empty());
        return showForm(contest, null, model);
    }

    @PostMapping("/creator/contests/{slug}/entries")
    String submit(
            @PathVariable String slug,
            @ModelAttribute("form") EntryForm form,
            BindingResult errors,
            @RequestParam(name = "cover", required = false) MultipartFile cover,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Contest contest = contests.bySlug(slug);
        Account me = accounts.of(principal);
        try {
            // a closed contest, a full quota or a bad form costs no image decode
            entries.checkSubmission(contest.id(), me.getId(), form.draft(withCover(cover, null)));
            Entry entry = entries.submit(
                    contest.id(), me.getId(), form.draft(coverKey(cover, form.title(), null, me)), form.uploadId());
            redirect.addFlashAttribute("notice", texts.of("contest.notice.submitted", entry.anonCode()));
            return "redirect:/creator/entries/" + entry.id();
        } catch (ContestRuleBroken e) {
            texts.reject(errors, e.field(), e);
            // a browser cannot be handed a file back: the page asks for the cover again
            model.addAttribute("coverDropped", cover != null && !cover.isEmpty());
            return showForm(contest, null, model);
        }
    }

    @GetMapping("/creator/entries/{id}")
    String detail(@PathVariable long id, Principal principal, Model model) {
        Entry entry = entries.owned(id, accounts.of(principal).getId());
        Contest contest = contests.get(entry.contestId());
        model.addAttribute("form", EntryForm.of(entry));
        return showForm(contest, entry, model);
    }

    @PostMapping("/creator/entries/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") EntryForm form,
            BindingResult errors,
            @RequestParam(name = "cover", required = false) MultipartFile cover,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Account me = accounts.of(principal);
        Entry entry = entries.owned(id, me.getId());
        Contest contest = contests.get(entry.contestId());
        try {
            entries.checkUpdate(id, me.getId(), form.draft(withCover(cover, entry.coverKey())));
            entries.update(id, me.getId(), form.draft(coverKey(cover, form.title(), entry.coverKey(), me)));
        } catch (ContestRuleBroken e) {
            texts.reject(errors, e.field(), e);
            return showForm(contest, entry, model);
        }
        redirect.addFlashAttribute("notice", texts.of("contest.notice.revised"));
        return "redirect:/creator/entries/" + id;
    }

    @PostMapping("/creator/entries/{id}/video")
    String replaceVideo(
            @PathVariable long id,
            @ModelAttribute("form") EntryForm form,
            BindingResult errors,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Account me = accounts.of(principal);
        Entry entry = entries.owned(id, me.getId());
        try {
            entries.replaceVideo(id, me.getId(), form.uploadId());
        } catch (ContestRuleBroken e) {
            texts.reject(errors, e.field(), e);
            model.addAttribute("form", EntryForm.of(entry));
            return showForm(contests.get(entry.contestId()), entry, model);
        }
        redirect.addFlashAttribute("notice", texts.of("contest.notice.video-replaced"));
        return "redirect:/creator/entries/" + id;
    }

    @PostMapping("/creator/entries/{id}/withdraw")
    String withdraw(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        entries.withdraw(id, accounts.of(principal).getId());
        redirect.addFlashAttribute("notice", texts.of("contest.notice.withdrawn"));
        return "redirect:/creator/entries";
    }

    /** Polled by the entry page while the video is transcoding. */
    @GetMapping("/creator/entries/{id}/status")
    @ResponseBody
    EntryTimeline status(@PathVariable long id, Principal principal) {
        return timeline(entries.owned(id, accounts.of(principal).getId()));
    }

    private String showForm(Contest contest, Entry entry, Model model) {
        model.addAttribute("contest", contest);
        model.addAttribute("entry", entry);
        model.addAttribute("timeline", entry == null ? null : timeline(entry));
        model.addAttribute(
                "playable",
                entry != null
                        && entry.videoId() != null
                        && videos.find(entry.videoId()).map(Video::isPlayable).orElse(false));
        model.addAttribute("open", contest.schedule().acceptsEntries(contests.now()));
        model.addAttribute("towns", towns.findAllByOrderBySortOrder());
        model.addAttribute("chunkBytes", uploadSettings.browserChunkSize().toBytes());
        return "contest/entry-form";
    }

    /** For the checks before the cover is decoded: a stand-in key when a cover was sent, else the current one. */
    private static String withCover(MultipartFile cover, String current) {
        return cover == null || cover.isEmpty() ? current : PENDING_COVER;
    }

    /**
     * The cover just uploaded, stored in widths for phones (its text alternative names the entry),
     * or the one the entry had.
     */
    private String coverKey(MultipartFile cover, String title, String current, Account me) {
        if (cover == null || cover.isEmpty()) {
            return current;
        }
        if (cover.getSize() > MAX_COVER_BYTES) {
            throw ContestRuleBroken.at("coverKey", "contest.entry.cover-too-large");
        }
        try (InputStream in = cover.getInputStream()) {
            StoredImages.Stored stored = images.store(in, me.getUsername());
            String alt = texts.of("contest.entry.cover.alt", title == null ? "" : title.strip())
                    .replaceAll("[;\\r\\n]", " ");
            return new CoverImage(stored.id(), alt.length() > 200 ? alt.substring(0, 200) : alt).key();
        } catch (ImageRejected e) {
            throw ContestRuleBroken.at("coverKey", e.code(), e.getArguments());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded cover", e);
        }
    }

    private EntryTimeline timeline(Entry entry) {
        return new Timelines().of(entry);
    }

    /**
     * Timelines within one request: each contest and its published awards are looked up once,
     * however many of the creator's entries share them.
     */
    private final class Timelines {

        private final Map<Long, Contest> contestsById = new HashMap<>();
        private final Map<Long, Map<Long, Award>> awardsByContest = new HashMap<>();

        EntryTimeline of(Entry entry) {
            Contest contest = contest(entry.contestId());
            Video video = entry.videoId() == null
                    ? null
                    : videos.find(entry.videoId()).orElse(null);
            Award award = contest.resultsPublished() ? awards(contest).getOrDefault(entry.id(), Award.NONE) : null;
            return EntryTimeline.of(entry, video, contest, contest.phaseAt(contests.now()), award, texts);
        }

        Contest contest(long id) {
            return contestsById.computeIfAbsent(id, contests::get);
        }

        private Map<Long, Award> awards(Contest contest) {
            return awardsByContest.computeIfAbsent(
                    contest.id(),
                    id -> ranking.byGroup(id).values().stream()
                            .flatMap(List::stream)
                            .collect(Collectors.toMap(r -> r.entry().id(), RankedEntry::award)));
        }
    }
}
