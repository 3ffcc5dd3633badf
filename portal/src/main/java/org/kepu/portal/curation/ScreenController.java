package org.kepu.portal.curation;

import java.util.List;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnNotFound;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Screen mode for public displays (buses, outdoor screens, building TVs): a full-screen page per
 * curated column that cycles its videos and article cards unattended, without login.
 */
@Controller
class ScreenController {

    private final Columns columns;
    private final ColumnCuration curation;
    private final CuratedItems items;

    ScreenController(Columns columns, ColumnCuration curation, CuratedItems items) {
        this.columns = columns;
        this.curation = curation;
        this.items = items;
    }

    @GetMapping("/screen/columns/{slug}")
    String screen(@PathVariable String slug, Model model) {
        model.addAttribute("column", column(slug));
        return "curation/screen";
    }

    /** The playlist the screen re-reads after every round, so edits reach screens without a visit. */
    @GetMapping("/screen/columns/{slug}/playlist.json")
    ResponseEntity<List<CuratedItem>> playlist(@PathVariable String slug) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(items.visible(curation.of(column(slug).id())));
    }

    private ContentColumn column(String slug) {
        return columns.findBySlug(slug).orElseThrow(() -> new ColumnNotFound(slug));
    }
}
