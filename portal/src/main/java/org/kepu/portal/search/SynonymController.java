package org.kepu.portal.search;

import java.security.Principal;
import org.kepu.content.editorial.SynonymGroups;
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

    SynonymController(SynonymGroups groups, EditorSynonyms synonyms) {
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
            redirect.addFlashAttribute("notice", "已添加同义词。");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/synonyms";
    }

    @PostMapping("/editor/synonyms/{id}/remove")
    String remove(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        groups.remove(id, editor.getName());
        synonyms.changed();
        redirect.addFlashAttribute("notice", "已删除同义词。");
        return "redirect:/editor/synonyms";
    }
}
