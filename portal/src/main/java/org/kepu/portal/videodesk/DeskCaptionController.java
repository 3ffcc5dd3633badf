package org.kepu.portal.videodesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.RuleBroken;
import org.kepu.content.contest.EntryCaptions;
import org.kepu.content.video.CaptionParser;
import org.kepu.content.video.CaptionProblem;
import org.kepu.content.video.CaptionReading;
import org.kepu.content.video.CaptionRevisions;
import org.kepu.content.video.Captions;
import org.kepu.content.video.InvalidCaption;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoEditorialStatus;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * A video's caption tracks on the desk: upload, the caption editor per language, removal. A file or
 * an edit with problems opens the editor with what was sent and every problem, its cue, line and
 * time: nothing is stored and nothing typed is lost. A published video's captions change through
 * review ({@link CaptionRevisions}); its track stays public until the correction is approved.
 */
@Controller
class DeskCaptionController {

    private static final List<String> JS_TEXTS = List.of(
            "cue",
            "start",
            "end",
            "text",
            "select",
            "seek",
            "split",
            "splitHint",
            "merge",
            "delete",
            "insert",
            "place",
            "empty",
            "order",
            "overlap",
            "after",
            "beyond",
            "badTime",
            "tooLong",
            "legacy",
            "broken",
            "tooMany",
            "status",
            "ok",
            "unreadable",
            "shiftNegative",
            "nothingSelected",
            "stretchBad",
            "done");

    private final Videos videos;
    private final CaptionRevisions revisions;
    private final EntryCaptions entryCaptions;
    private final VideoEditorial editorial;
    private final Texts texts;
    private final ObjectMapper json;

    DeskCaptionController(
            Videos videos,
            CaptionRevisions revisions,
            EntryCaptions entryCaptions,
            VideoEditorial editorial,
            Texts texts,
            ObjectMapper json) {
        this.json = json;
        this.videos = videos;
        this.revisions = revisions;
        this.entryCaptions = entryCaptions;
        this.editorial = editorial;
        this.texts = texts;
    }

    /** A file for a language: stored (or held for review) when usable, else opened in the editor with its problems. */
    @PostMapping("/editor/videos/{id}/captions")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String upload(
            @PathVariable long id,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam("file") MultipartFile file,
            Principal editor,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Video video = get(id);
        if (!Captions.supports(language)) {
            throw new InvalidCaption("video.caption.language");
        }
        // too large, binary or in an unknown encoding: there is no text to edit, the desk says why
        CaptionReading reading = CaptionParser.read(file.getBytes(), video.getDurationSeconds());
        if (!reading.isUsable()) {
            return editor(video, language, reading.text(), reading.problems(), null, model);
        }
        String refused = saved(video, language, reading.text(), editor, false, model, redirect);
        return refused != null ? refused : "redirect:/editor/videos/" + id;
    }

    @GetMapping("/editor/videos/{id}/captions/{language}")
    String edit(@PathVariable long id, @PathVariable String language, Model model) {
        Video video = get(id);
        if (!Captions.supports(language)) {
            throw new VideoNotFound(id);
        }
        return editor(video, language, revisions.editable(id, language), List.of(), null, model);
    }

    /** The editor's text (WebVTT or SRT), checked as an upload; {@code andSubmit} submits the correction too. */
    @PostMapping("/editor/videos/{id}/captions/{language}")
    String save(
            @PathVariable long id,
            @PathVariable String language,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean andSubmit,
            Principal editor,
            Model model,
            RedirectAttributes redirect) {
        Video video = get(id);
        if (!Captions.supports(language)) {
            throw new VideoNotFound(id);
        }
        String refused = saved(video, language, text, editor, andSubmit, model, redirect);
        if (refused != null) {
            return refused;
        }
        // submitted, the work is on the video's page (review, history); otherwise the editor goes on where it was
        return "redirect:/editor/videos/" + id + (andSubmit ? "" : "/captions/" + language);
    }

    @PostMapping("/editor/videos/{id}/captions/{language}/delete")
    @OnRuleBroken(redirectTo = "/editor/videos/{id}")
    String remove(@PathVariable long id, @PathVariable String language, Principal editor, RedirectAttributes redirect) {
        String notice = switch (revisions.remove(id, language, editor.getName())) {
            case NONE -> throw new VideoNotFound(id);
            case REMOVED -> "videodesk.captions.removed";
            case HELD -> "videodesk.captions.removal-held";
        };
        redirect.addFlashAttribute("notice", texts.of(notice));
        return "redirect:/editor/videos/" + id;
    }

    /** Stores or holds the text, with the notice of what became of it; the editor again (its view) when refused. */
    private String saved(
            Video video,
            String language,
            String text,
            Principal editor,
            boolean andSubmit,
            Model model,
            RedirectAttributes redirect) {
        long id = video.getId();
        CaptionRevisions.Outcome outcome;
        try {
            outcome =
                    entryCaptions.uploadByStaff(id, language, text.getBytes(StandardCharsets.UTF_8), editor.getName());
            if (andSubmit && outcome.isPending()) {
                editorial.submit(id, editor.getName());
            }
        } catch (InvalidCaption e) {
            return editor(video, language, text, e.problems(), null, model);
        } catch (RuleBroken e) {
            return editor(video, language, text, List.of(), texts.of(e), model);
        }
        String notice = !outcome.isPending()
                ? "videodesk.captions.uploaded"
                : andSubmit ? "videodesk.captions.submitted" : "videodesk.captions.held";
        redirect.addFlashAttribute("notice", texts.of(notice));
        return null;
    }

    private String editor(
            Video video, String language, String text, List<CaptionProblem> problems, String problem, Model model) {
        model.addAttribute("video", video);
        model.addAttribute("language", language);
        model.addAttribute("label", Captions.label(language));
        model.addAttribute("text", text);
        model.addAttribute("problem", problem);
        model.addAttribute("problems", problems.stream().map(this::shown).toList());
        model.addAttribute("published", video.getEditorial() == VideoEditorialStatus.PUBLISHED);
        model.addAttribute(
                "pending",
                revisions.pending(video.getId()).stream()
                        .filter(c -> c.language().equals(language))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("limits", CaptionParser.limits());
        model.addAttribute("jsTexts", jsTexts());
        return "videodesk/captions";
    }

    /** The editor script's words, as JSON inside the page ("<" escaped: it cannot end the script element). */
    private String jsTexts() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : JS_TEXTS) {
            words.put(key, texts.of("captions.editor.js." + key));
        }
        return json.writeValueAsString(words).replace("<", "\\u003c");
    }

    private ShownProblem shown(CaptionProblem problem) {
        return new ShownProblem(problem.cue(), problem.line(), problem.time(), texts.of(problem.described()));
    }

    /** A problem as the editor lists it: the message with its place, and the cue to jump to. */
    public record ShownProblem(Integer cue, Integer line, String time, String message) {}

    private Video get(long id) {
        return videos.find(id).orElseThrow(() -> new VideoNotFound(id));
    }
}
