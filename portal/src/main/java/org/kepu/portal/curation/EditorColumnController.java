package org.kepu.portal.curation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.article.Articles;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.ColumnNotFound;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.text.MongolianText;
import org.kepu.portal.web.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors keep the columns (专栏, 专题) and curate what each shows, in order. */
@Controller
class EditorColumnController {

    private final Columns columns;
    private final ColumnCuration curation;
    private final CuratedItems items;
    private final Articles articles;
    private final CurationCandidates candidates;
    private final Clock clock;
    private final Texts texts;

    EditorColumnController(
            Columns columns,
            ColumnCuration curation,
            CuratedItems items,
            Articles articles,
            CurationCandidates candidates,
            Clock clock,
            Texts texts) {
        this.texts = texts;
        this.columns = columns;
        this.curation = curation;
        this.items = items;
        this.articles = articles;
        this.candidates = candidates;
        this.clock = clock;
    }

    @GetMapping("/editor/columns")
    String list(Model model) {
        model.addAttribute("columns", columns.findAllByOrderBySortOrderAscIdAsc());
        model.addAttribute("form", new ColumnForm("", "", "", ColumnKind.SERIES, 100, null, null, false));
        model.addAttribute("kinds", ColumnKind.values());
        return "curation/columns";
    }

    @PostMapping("/editor/columns")
    String create(
            @Valid @ModelAttribute("form") ColumnForm form,
            BindingResult errors,
            Model model,
            Principal editor,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && columns.findBySlug(form.slug()).isPresent()) {
            errors.rejectValue("slug", "columns.slug.taken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("columns", columns.findAllByOrderBySortOrderAscIdAsc());
            model.addAttribute("kinds", ColumnKind.values());
            return "curation/columns";
        }
        ContentColumn column = ContentColumn.create(
                        form.slug(),
                        form.name().strip(),
                        form.description(),
                        form.kind(),
                        form.sortOrder(),
                        clock.instant())
                .withDetails(
                        form.name().strip(),
                        form.description(),
                        form.kind(),
                        form.sortOrder(),
                        form.startsOn(),
                        form.endsOn(),
                        form.onHome());
        columns.create(column, editor.getName());
        redirect.addFlashAttribute("notice", texts.of("columns.created"));
        return "redirect:/editor/columns/" + form.slug();
    }

    @GetMapping("/editor/columns/{slug}")
    String curate(@PathVariable String slug, @RequestParam(defaultValue = "") String find, Model model) {
        ContentColumn column = column(slug);
        List<ColumnItem> curated = curation.of(column.id());
        model.addAttribute("column", column);
        model.addAttribute("items", items.visible(curated));
        model.addAttribute("itemCovers", articleCovers(curated));
        model.addAttribute("find", find.strip());
        model.addAttribute(
                "candidates",
                candidates.find(find, curated.stream().map(ColumnItem::key).collect(Collectors.toSet())));
        model.addAttribute("kinds", ColumnKind.values());
        return "curation/curate";
    }

    /** The cover keys of the curated articles, by item id: the list shows each item's picture. */
    private Map<Long, String> articleCovers(List<ColumnItem> curated) {
        List<ColumnItem> ofArticles = curated.stream()
                .filter(i -> i.key().type() == ContentType.ARTICLE)
                .toList();
        Map<Long, String> byArticle = articles.coverKeys(
                ofArticles.stream().map(ColumnItem::contentId).toList());
        Map<Long, String> byItem = new HashMap<>();
        ofArticles.stream()
                .filter(i -> byArticle.get(i.contentId()) != null)
                .forEach(i -> byItem.put(i.id(), byArticle.get(i.contentId())));
        return byItem;
    }

    @PostMapping("/editor/columns/{slug}/details")
    String details(
            @PathVariable String slug,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam ColumnKind kind,
            @RequestParam(defaultValue = "100") int sortOrder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(defaultValue = "false") boolean onHome,
            @RequestParam(defaultValue = "") String nameMn,
            @RequestParam(defaultValue = "") String descriptionMn,
            Principal editor,
            RedirectAttributes redirect) {
        ContentColumn column = column(slug);
        if (name.isBlank() || name.length() > 80 || (startsOn != null && endsOn != null && endsOn.isBefore(startsOn))) {
            redirect.addFlashAttribute("problem", texts.of("columns.details.invalid"));
        } else if (nameMn.length() > 80 || descriptionMn.length() > 500) {
            redirect.addFlashAttribute("problem", texts.of("columns.mongolian.too-long"));
        } else if (!MongolianText.isUnicode(nameMn) || !MongolianText.isUnicode(descriptionMn)) {
            // nothing is saved: the editor re-types or converts the legacy text, as the message says
            redirect.addFlashAttribute("problem", texts.of("kepu.text.legacyMongolian"));
        } else {
            columns.change(
                    column.withDetails(name.strip(), description, kind, sortOrder, startsOn, endsOn, onHome)
                            .withMongolian(nameMn, descriptionMn),
                    editor.getName());
            redirect.addFlashAttribute("notice", texts.of("columns.details.saved"));
        }
        return "redirect:/editor/columns/" + slug;
    }

    @PostMapping("/editor/columns/{slug}/items")
    String add(@PathVariable String slug, @RequestParam String key, Principal editor, RedirectAttributes redirect) {
        try {
            curation.add(column(slug).id(), ContentKey.parse(key), editor.getName());
            redirect.addFlashAttribute("notice", texts.of("columns.item.added"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", texts.of("columns.item.none"));
        }
        return "redirect:/editor/columns/" + slug;
    }

    @PostMapping("/editor/columns/{slug}/items/{itemId}")
    String change(
            @PathVariable String slug,
            @PathVariable long itemId,
            @RequestParam String action,
            @RequestParam(required = false) Integer position,
            Principal editor) {
        long columnId = column(slug).id();
        switch (action) {
            // a drag and drop names the place the item was dropped at
            case "position" -> curation.moveTo(columnId, itemId, position == null ? 1 : position, editor.getName());
            case "up" -> curation.move(columnId, itemId, -1, editor.getName());
            case "down" -> curation.move(columnId, itemId, 1, editor.getName());
            case "pin" -> curation.pin(columnId, itemId, true, editor.getName());
            case "unpin" -> curation.pin(columnId, itemId, false, editor.getName());
            case "feature" -> curation.feature(columnId, itemId, true, editor.getName());
            case "unfeature" -> curation.feature(columnId, itemId, false, editor.getName());
            case "remove" -> curation.remove(columnId, itemId, editor.getName());
            default -> throw new IllegalArgumentException("Unknown action " + action);
        }
        return "redirect:/editor/columns/" + slug;
    }

    private ContentColumn column(String slug) {
        return columns.findBySlug(slug).orElseThrow(() -> new ColumnNotFound(slug));
    }

    record ColumnForm(
            @NotBlank(message = "{columns.slug.required}")
            @Pattern(regexp = "[a-z0-9-]{2,60}", message = "{columns.slug.pattern}")
            String slug,

            @NotBlank(message = "{columns.name.required}") @Size(max = 80, message = "{columns.name.size}")
            String name,

            @Size(max = 500, message = "{columns.description.size}")
            String description,

            @NotNull ColumnKind kind,
            int sortOrder,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            boolean onHome) {}
}
