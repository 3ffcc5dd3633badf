package org.kepu.portal.videodesk;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.column.Columns;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
import org.kepu.content.upload.UploadNotFound;
import org.kepu.content.upload.UploadRejected;
import org.kepu.content.upload.UploadSettings;
import org.kepu.content.video.CaptionRevisions;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoEditorialStatus;
import org.kepu.content.video.VideoFilter;
import org.kepu.content.video.VideoMetadata;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.VideoRevision;
import org.kepu.content.video.VideoUploads;
import org.kepu.content.video.Videos;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.ImageUploadsLimited;
import org.kepu.portal.image.ImagesBusy;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.image.StoredImages;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.security.core.Authentication;
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
 * The back office's videos: the list with search and filters, and one page per video where editors
 * change its metadata and reviewers review it, with the rules of articles. Who may post what is
 * decided by {@code EditorAreaRules}; the page only hides what the rules would refuse.
 */
@Controller
class VideoDeskController {

    private final Videos videos;
    private final VideoEditorial editorial;
    private final VideoUploads submissions;
    private final CurrentAccount accounts;
    private final UploadSettings uploadSettings;
    private final StoredImages images;
    private final AuditLog audit;
    private final Columns columns;
    private final Towns towns;
    private final Audiences audiences;
    private final StoryboardFrames frames;
    private final Captions captions;
    private final CaptionChangesView captionChanges;
    private final CaptionRevisions captionRevisions;
    private final Texts texts;

    VideoDeskController(
            Videos videos,
            VideoEditorial editorial,
            VideoUploads submissions,
            CurrentAccount accounts,
            UploadSettings uploadSettings,
            StoredImages images,
            AuditLog audit,
            Columns columns,
            Towns towns,
            Audiences audiences,
            StoryboardFrames frames,
            Captions captions,
            CaptionChangesView captionChanges,
            CaptionRevisions captionRevisions,
            Texts texts) {
        this.captionChanges = captionChanges;
        this.captionRevisions = captionRevisions;
        this.texts = texts;
        this.videos = videos;
        this.editorial = editorial;
        this.submissions = submissions;
        this.accounts = accounts;
        this.uploadSettings = uploadSettings;
        this.images = images;
        this.audit = audit;
        this.columns = columns;
        this.towns = towns;
        this.audiences = audiences;
        this.frames = frames;
        this.captions = captions;
    }

    @GetMapping("/editor/videos")
    String list(
            @RequestParam(required = false) VideoEditorialStatus state,
            @RequestParam(required = false) Long column,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String q,
            Authentication person,
            Model model) {
        model.addAttribute("videos", editorial.list(new VideoFilter(state, column, town, q)));
        model.addAttribute("queue", mayReview(person) ? editorial.reviewQueueOf(person.getName()) : List.of());
        model.addAttribute("state", state);
        model.addAttribute("column", column);
        model.addAttribute("town", town);
        model.addAttribute("q", q);
        model.addAttribute("states", VideoEditorialStatus.values());
        references(model);
        roles(person, model);
        return "videodesk/list";
    }

    @GetMapping("/editor/videos/{id}")
    String show(@PathVariable long id, Authentication person, Model model) {
        Video video = get(id);
        return page(video, VideoForm.of(editorial.pendingMetadata(video)), person, model);
    }

    /** Saves the metadata as a new revision; with {@code andSubmit}, submits it for review too. */
    @PostMapping("/editor/videos/{id}")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") VideoForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean andSubmit,
            Authentication person,
            Model model,
            RedirectAttributes redirect) {
        Video video = get(id);
        VideoMetadata metadata = null;
        if (!errors.hasErrors()) {
            try {
                metadata = form.metadata();
                editorial.describe(id, metadata, person.getName());
            } catch (EditorialRuleBroken e) {
                texts.reject(errors, null, e);
            }
        }
        if (errors.hasErrors()) {
            return page(video, form, person, model);
        }
        if (andSubmit) {
            return act(
                    id, redirect, texts.of("editor.saved-and-submitted"), () -> editorial.submit(id, person.getName()));
        }
        redirect.addFlashAttribute(
                "notice",
                texts.of(
                        "editor.saved-as",
                        String.valueOf(editorial.revisions(id).get(0).number())));
        return "redirect:/editor/videos/" + id;
    }

    @PostMapping("/editor/videos/{id}/submit")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String submit(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        return act(id, redirect, texts.of("review.submitted"), () -> editorial.submit(id, editor.getName()));
    }

    @PostMapping("/editor/videos/{id}/offline")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String offline(@PathVariable long id, Principal reviewer, RedirectAttributes redirect) {
        return act(id, redirect, texts.of("review.offline.video"), () -> editorial.withdraw(id, reviewer.getName()));
    }

    /** A finished tus upload replaces the video's file; the public keeps the current one until it is transcoded. */
    @PostMapping("/editor/videos/{id}/replace")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String replace(
            @PathVariable long id, @RequestParam String uploadId, Principal editor, RedirectAttributes redirect) {
        try {
            return act(
                    id,
                    redirect,
                    texts.of("videodesk.replaced"),
                    () -> submissions.replace(accounts.of(editor), id, uploadId));
        } catch (UploadRejected e) {
            redirect.addFlashAttribute("problem", texts.of(e));
        } catch (UploadNotFound e) {
            redirect.addFlashAttribute("problem", texts.of("upload.missing"));
        }
        return "redirect:/editor/videos/" + id;
    }

    /** An uploaded picture becomes the poster, through the image pipeline's checks (content, size, allowance). */
    @PostMapping("/editor/videos/{id}/poster")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String poster(
            @PathVariable long id, @RequestParam MultipartFile file, Principal editor, RedirectAttributes redirect)
            throws IOException {
        StoredImages.Stored stored;
        try (InputStream content = file.getInputStream()) {
            stored = images.store(content, editor.getName());
        } catch (ImageRejected e) {
            redirect.addFlashAttribute("problem", texts.of(e));
            return "redirect:/editor/videos/" + id;
        } catch (ImageUploadsLimited | ImagesBusy e) {
            redirect.addFlashAttribute("problem", texts.of(e instanceof ImagesBusy ? "image.busy" : "image.limited"));
            return "redirect:/editor/videos/" + id;
        }
        String folder = "images/" + stored.id();
        int width = ResponsiveImages.WIDTHS.stream()
                .filter(w -> w <= stored.width())
                .reduce((a, b) -> b)
                .orElse(ResponsiveImages.WIDTHS.get(0));
        return act(
                id,
                redirect,
                texts.of("videodesk.poster-changed"),
                () -> editorial.choosePoster(id, folder + "/" + width + ".jpg", folder, editor.getName()));
    }

    @PostMapping("/editor/videos/{id}/delete")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String delete(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        editorial.delete(id, editor.getName());
        redirect.addFlashAttribute("notice", texts.of("videodesk.deleted"));
        return "redirect:/editor/videos";
    }

    /** A broken rule goes back to the video's page with its message ({@link OnRuleBroken}). */
    private static String act(long id, RedirectAttributes redirect, String notice, Supplier<?> action) {
        action.get();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/editor/videos/" + id;
    }

    private String page(Video video, VideoForm form, Authentication person, Model model) {
        long id = video.getId();
        List<VideoRevision> revisions = editorial.revisions(id);
        model.addAttribute("video", video);
        model.addAttribute("form", form);
        model.addAttribute("revisions", revisions);
        model.addAttribute("changes", editorial.changesToReview(video));
        model.addAttribute("sensitive", editorial.sensitiveIn(video));
        model.addAttribute("reviews", editorial.reviews(id));
        model.addAttribute("approvals", editorial.approvals(id));
        model.addAttribute("levels", editorial.reviewLevels());
        model.addAttribute("events", audit.of("video", id));
        model.addAttribute("maxSizeMb", uploadSettings.maxSize().toMegabytes());
        model.addAttribute("chunkBytes", uploadSettings.browserChunkSize().toBytes());
        model.addAttribute(
                "notApprover",
                editorial.whyNotApprover(id, person.getName()).map(texts::of).orElse(null));
        model.addAttribute("board", frames.of(video).orElse(null));
        model.addAttribute("captions", captions.of(id));
        model.addAttribute("captionChanges", captionChanges.pending(id));
        model.addAttribute("captionHistory", captionRevisions.history(id));
        model.addAttribute("captionLanguages", Captions.languages());
        references(model);
        roles(person, model);
        return "videodesk/video";
    }

    private void references(Model model) {
        var columnList = columns.findAllByOrderBySortOrderAscIdAsc();
        var townList = towns.findAllByOrderBySortOrder();
        model.addAttribute("columns", columnList);
        model.addAttribute("towns", townList);
        model.addAttribute("columnNames", columnList.stream().collect(Collectors.toMap(c -> c.id(), c -> c.name())));
        model.addAttribute("townNames", townList.stream().collect(Collectors.toMap(t -> t.code(), t -> t.name())));
        model.addAttribute("audienceList", audiences.findAllByOrderBySortOrder());
    }

    private static void roles(Authentication person, Model model) {
        model.addAttribute("mayWrite", has(person, "ROLE_EDITOR") || has(person, "ROLE_ADMIN"));
        model.addAttribute("mayReview", mayReview(person));
    }

    private static boolean mayReview(Authentication person) {
        return has(person, "ROLE_REVIEWER") || has(person, "ROLE_ADMIN");
    }

    private static boolean has(Authentication person, String role) {
        return person.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }

    private Video get(long id) {
        return videos.find(id).orElseThrow(() -> new VideoNotFound(id));
    }
}
