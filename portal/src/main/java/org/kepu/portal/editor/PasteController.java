package org.kepu.portal.editor;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Formatted text pasted into the editor (from Word above all): cleaned on the server, so the editor keeps headings,
 * emphasis, lists and tables (as Markdown in the body), and the same rules apply as for the article API.
 */
@RestController
class PasteController {

    private final ArticleHtml html;

    PasteController(ArticleHtml html) {
        this.html = html;
    }

    /** The cleaned HTML, and the same as Markdown, which the editor inserts so the body stays readable. */
    @PostMapping("/editor/paste")
    Cleaned paste(@RequestBody Pasted pasted) {
        String clean = html.pasted(pasted.html());
        return new Cleaned(clean, html.toMarkdown(clean));
    }

    record Pasted(String html) {}

    record Cleaned(String html, String markdown) {}
}
