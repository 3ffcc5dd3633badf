package org.kepu.portal.editor;

import java.util.List;
import org.kepu.content.editorial.SensitiveWords;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Live preview for the editor: the Markdown as readers will see it, sensitive words marked. */
@RestController
class PreviewController {

    private final ArticleHtml html;
    private final SensitiveWords sensitiveWords;

    PreviewController(ArticleHtml html, SensitiveWords sensitiveWords) {
        this.html = html;
        this.sensitiveWords = sensitiveWords;
    }

    @PostMapping("/editor/preview")
    Preview preview(@RequestBody PreviewRequest request) {
        String body = html.fromMarkdown(request.markdown());
        List<String> found = sensitiveWords.foundIn(request.title(), body);
        return new Preview(
                html.highlight(body, found), found, html.imagesWithoutAlt(body).size());
    }

    record PreviewRequest(String title, String markdown) {}

    record Preview(String html, List<String> sensitive, int imagesWithoutAlt) {}
}
