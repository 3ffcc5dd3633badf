package org.kepu.portal.editor;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Formatted text pasted into the editor (from Word above all): cleaned on the server, so the editor keeps headings,
 * emphasis, lists and tables as HTML inside the Markdown body, and the same rules apply as for the article API.
 */
@RestController
class PasteController {

    private final ArticleHtml html;

    PasteController(ArticleHtml html) {
        this.html = html;
    }

    @PostMapping("/editor/paste")
    Pasted paste(@RequestBody Pasted pasted) {
        return new Pasted(html.pasted(pasted.html()));
    }

    record Pasted(String html) {}
}
