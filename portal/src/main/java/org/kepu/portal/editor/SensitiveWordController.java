package org.kepu.portal.editor;

import java.security.Principal;
import org.kepu.content.editorial.SensitiveWords;
import org.kepu.portal.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reviewers keep the sensitive-word list. */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
class SensitiveWordController {

    private final SensitiveWords words;

    private final Texts texts;

    SensitiveWordController(SensitiveWords words, Texts texts) {
        this.texts = texts;
        this.words = words;
    }

    @GetMapping("/editor/sensitive-words")
    String list(Model model) {
        model.addAttribute("words", words.all());
        return "editor/words";
    }

    @PostMapping("/editor/sensitive-words")
    String add(@RequestParam String word, Principal reviewer, RedirectAttributes redirect) {
        try {
            words.add(word, reviewer.getName());
            redirect.addFlashAttribute("notice", texts.of("desk.sensitive-word.added"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/sensitive-words";
    }

    @PostMapping("/editor/sensitive-words/remove")
    String remove(@RequestParam String word, Principal reviewer, RedirectAttributes redirect) {
        words.remove(word, reviewer.getName());
        redirect.addFlashAttribute("notice", texts.of("desk.sensitive-word.removed"));
        return "redirect:/editor/sensitive-words";
    }
}
