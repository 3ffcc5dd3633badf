package org.kepu.portal.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Locale;
import org.kepu.content.notice.NoticeKind;
import org.kepu.content.notice.SiteNotices;
import org.kepu.content.text.UnicodeText;
import org.kepu.portal.language.Language;
import org.kepu.portal.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors raise the site-wide emergency notice in one step and lower it again. */
@Controller
class NoticeController {

    private final SiteNotices notices;
    private final MessageSource messages;
    private final Texts texts;

    NoticeController(SiteNotices notices, MessageSource messages, Texts texts) {
        this.notices = notices;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/editor/notice")
    String page(Model model) {
        model.addAttribute("form", new NoticeForm(NoticeKind.OTHER, "", "", "", "", "/columns/yingji"));
        return show(model);
    }

    /** One step: raise a ready-made notice for a sandstorm, a flood or an epidemic, in both languages. */
    @PostMapping(path = "/editor/notice", params = "preset")
    String preset(NoticeKind preset, Principal editor, RedirectAttributes redirect) {
        String key = "notice.preset." + preset.name();
        Locale chinese = Language.CHINESE.locale();
        Locale mongolian = Language.MONGOLIAN.locale();
        String title = messages.getMessage(key + ".title", null, chinese);
        notices.raise(
                preset,
                title,
                messages.getMessage(key + ".body", null, chinese),
                messages.getMessage(key + ".title", null, mongolian),
                messages.getMessage(key + ".body", null, mongolian),
                "/columns/yingji",
                editor.getName());
        redirect.addFlashAttribute("notice", texts.of("notice.published", title));
        return "redirect:/editor/notice";
    }

    @PostMapping(path = "/editor/notice", params = "!preset")
    String raise(
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult errors,
            Principal editor,
            Model model,
            RedirectAttributes redirect) {
        if (isBlank(form.titleMn()) != isBlank(form.bodyMn())) {
            errors.rejectValue(
                    isBlank(form.titleMn()) ? "titleMn" : "bodyMn",
                    "notice.field.mongolianBoth",
                    messages.getMessage("notice.field.mongolianBoth", null, LocaleContextHolder.getLocale()));
        }
        if (errors.hasErrors()) {
            return show(model);
        }
        notices.raise(
                form.kind(), form.title(), form.body(), form.titleMn(), form.bodyMn(), form.link(), editor.getName());
        redirect.addFlashAttribute("notice", texts.of("notice.published", form.title()));
        return "redirect:/editor/notice";
    }

    @PostMapping("/editor/notice/lower")
    String lower(Principal editor, RedirectAttributes redirect) {
        notices.lower(editor.getName());
        redirect.addFlashAttribute("notice", texts.of("notice.withdrawn"));
        return "redirect:/editor/notice";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private String show(Model model) {
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("history", notices.history());
        return "notice/editor";
    }

    record NoticeForm(
            @NotNull NoticeKind kind,

            @UnicodeText
            @NotBlank(message = "{notice.form.title.required}")
            @Size(max = 100, message = "{notice.form.title.size}")
            String title,

            @UnicodeText
            @NotBlank(message = "{notice.form.body.required}")
            @Size(max = 500, message = "{notice.form.body.size}")
            String body,

            @UnicodeText @Size(max = 100, message = "{notice.form.title.size}")
            String titleMn,

            @UnicodeText @Size(max = 500, message = "{notice.form.body.size}")
            String bodyMn,

            @Size(max = 300)
            @Pattern(regexp = "^$|^/[^\\s]*$|^https?://[^\\s]+$", message = "{notice.form.link.pattern}")
            String link) {}
}
