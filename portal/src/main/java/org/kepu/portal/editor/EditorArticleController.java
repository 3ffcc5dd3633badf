package org.kepu.portal.editor;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleNotFound;
import org.kepu.content.article.ArticleStatus;
import org.kepu.content.article.Editorial;
import org.kepu.content.article.StaleArticle;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.column.Columns;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
import org.kepu.portal.image.CoverImage;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors write, revise and submit articles. */
@Controller
class EditorArticleController {

    private final Editorial editorial;
    private final ArticleHtml html;
    private final Columns columns;
    private final Towns towns;
    private final Audiences audiences;
    private final AuditLog audit;
    private final Texts texts;

    EditorArticleController(
            Editorial editorial,
            ArticleHtml html,
            Columns columns,
            Towns towns,
            Audiences audiences,
            AuditLog audit,
            Texts texts) {
        this.texts = texts;
        this.audit = audit;
        this.editorial = editorial;
        this.html = html;
        this.columns = columns;
        this.towns = towns;
        this.audiences = audiences;
    }

    @GetMapping("/editor/articles")
    String list(Principal editor, Model model) {
        model.addAttribute("mine", editorial.writtenBy(editor.getName()));
        model.addAttribute("queue", editorial.reviewQueueOf(editor.getName()));
        model.addAttribute("corrections", editorial.withCorrections());
        model.addAttribute("published", editorial.byStatus(ArticleStatus.PUBLISHED));
        return "editor/list";
    }

    @GetMapping("/editor/articles/new")
    String create(Model model) {
        model.addAttribute("form", ArticleForm.empty());
        return form(model, null);
    }

    @PostMapping("/editor/articles")
    String save(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean andSubmit,
            Principal editor,
            Model model,
            RedirectAttributes redirect) {
        String body = checkedHtml(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Article article = editorial.write(form.toDraft(body), form.body(), form.cover(), editor.getName());
        if (andSubmit) {
            return submitted(article.getId(), editor, redirect);
        }
        redirect.addFlashAttribute("notice", texts.of("editor.draft-saved"));
        return "redirect:/editor/articles/" + article.getId() + "/edit";
    }

    /** An empty version of an original in another language, with the original's facts. */
    @GetMapping("/editor/articles/{id}/translate")
    String translate(@PathVariable long id, @RequestParam(defaultValue = "mn") String lang, Model model) {
        Article original = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        model.addAttribute("form", ArticleForm.translationOf(original));
        return translationForm(model, original, lang);
    }

    @PostMapping("/editor/articles/{id}/translations")
    String saveTranslation(
            @PathVariable long id,
            @RequestParam(defaultValue = "mn") String lang,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            Principal editor,
            Model model,
            RedirectAttributes redirect) {
        Article original = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        String body = checkedHtml(form, errors);
        if (!errors.hasErrors()) {
            try {
                Article version =
                        editorial.translate(id, lang, form.toDraft(body), form.body(), form.cover(), editor.getName());
                redirect.addFlashAttribute("notice", texts.of("editor.draft-saved"));
                return "redirect:/editor/articles/" + version.getId() + "/edit";
            } catch (EditorialRuleBroken e) {
                texts.reject(errors, null, e);
            }
        }
        return translationForm(model, original, lang);
    }

    @GetMapping("/editor/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Article article = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        model.addAttribute("form", ArticleForm.of(article, html));
        return form(model, article);
    }

    @PostMapping("/editor/articles/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean andSubmit,
            Principal editor,
            Model model,
            RedirectAttributes redirect) {
        Article article = editorial.find(id).orElseThrow(() -> new ArticleNotFound(id));
        String body = checkedHtml(form, errors);
        if (!errors.hasErrors()) {
            try {
                editorial.revise(
                        id,
                        form.version() == null ? -1 : form.version(),
                        form.toDraft(body),
                        form.body(),
                        form.cover(),
                        editor.getName());
                if (andSubmit) {
                    return submitted(id, editor, redirect);
                }
                redirect.addFlashAttribute(
                        "notice", texts.of(article.isPublished() ? "editor.correction-saved" : "editor.saved"));
                return "redirect:/editor/articles/" + id + "/edit";
            } catch (StaleArticle e) {
                errors.reject("stale", texts.of("editor.stale"));
            } catch (EditorialRuleBroken e) {
                texts.reject(errors, null, e);
            }
        }
        return form(model, article);
    }

    @PostMapping("/editor/articles/{id}/submit")
    @OnRuleBroken(redirectTo = "/editor/articles")
    String submit(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        editorial.submit(id, editor.getName());
        redirect.addFlashAttribute("notice", texts.of("review.submitted"));
        return "redirect:/editor/articles";
    }

    /** Saved from the editor page and sent on to review in one step; the review page shows where it stands. */
    private String submitted(long id, Principal editor, RedirectAttributes redirect) {
        try {
            editorial.submit(id, editor.getName());
            redirect.addFlashAttribute("notice", texts.of("editor.saved-and-submitted"));
            return "redirect:/editor/articles/" + id;
        } catch (EditorialRuleBroken e) {
            redirect.addFlashAttribute("problem", texts.of("editor.saved-not-submitted", texts.of(e)));
            return "redirect:/editor/articles/" + id + "/edit";
        }
    }

    /** The body as safe HTML, with a message next to the field for anything a reader would miss. */
    private String checkedHtml(ArticleForm form, BindingResult errors) {
        String body = html.fromMarkdown(form.body());
        if (!html.imagesWithoutAlt(body).isEmpty()) {
            errors.rejectValue("body", "alt", texts.of("editor.image-alt"));
        }
        if (form.coverKey() != null
                && !form.coverKey().isBlank()
                && CoverImage.parse(form.coverKey()).isEmpty()) {
            errors.rejectValue("coverKey", "cover", texts.of("editor.cover-invalid"));
        }
        return body;
    }

    private String translationForm(Model model, Article original, String lang) {
        model.addAttribute("translating", original);
        model.addAttribute("translationLang", lang);
        return form(model, null);
    }

    private String form(Model model, Article article) {
        model.addAttribute("article", article);
        model.addAttribute("versions", article == null ? List.of() : editorial.versionsOf(article.getId()));
        model.addAttribute("events", article == null ? List.of() : audit.of("article", article.getId()));
        model.addAttribute("columns", columns.findAllByOrderBySortOrderAscIdAsc());
        model.addAttribute("towns", towns.findAllByOrderBySortOrder());
        model.addAttribute("audienceList", audiences.findAllByOrderBySortOrder());
        return "editor/form";
    }
}
