package org.kepu.portal.search;

import java.security.Principal;
import org.kepu.content.editorial.SynonymGroups;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors keep the synonym list of search (e.g. 应急避险 ~ 防灾减灾); changes apply without a reindex. */
@Controller
class SynonymController {

    private final SynonymGroups groups;
    private final EditorSynonyms synonyms;

    private final Texts texts;

    SynonymController(SynonymGroups groups, EditorSynonyms synonyms, Texts texts) {
        this.texts = texts;
        this.groups = groups;
        this.synonyms = synonyms;
    }

    @GetMapping("/editor/synonyms")
    String list(Model model) {
        model.addAttribute("groups", groups.all());
        return "search/synonyms";
    }

    @PostMapping("/editor/synonyms")
    String add(@RequestParam String terms, Principal editor, RedirectAttributes redirect) {
        try {
            groups.add(terms, editor.getName());
            synonyms.changed();
            redirect.addFlashAttribute("notice", texts.of("desk.synonym.added"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/synonyms";
    }

    @PostMapping("/editor/synonyms/{id}/remove")
    String remove(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        groups.remove(id, editor.getName());
        synonyms.changed();
        redirect.addFlashAttribute("notice", texts.of("desk.synonym.removed"));
        return "redirect:/editor/synonyms";
    }
}
