package org.kepu.portal.column;

import org.kepu.content.ContentType;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnNotFound;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.portal.curation.CuratedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ColumnController {

    private static final int PAGE_SIZE = 12;

    private final Columns columns;
    private final Catalog catalog;
    private final ColumnCuration curation;
    private final CuratedItems curated;

    ColumnController(Columns columns, Catalog catalog, ColumnCuration curation, CuratedItems curated) {
        this.columns = columns;
        this.catalog = catalog;
        this.curation = curation;
        this.curated = curated;
    }

    @GetMapping("/columns/{slug}")
    String column(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        ContentColumn column = columns.findBySlug(slug).orElseThrow(() -> new ColumnNotFound(slug));
        PageRequest request = PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
        model.addAttribute("column", column);
        model.addAttribute("curated", curated.visible(curation.of(column.id())));
        model.addAttribute("articles", catalog.inColumn(ContentType.ARTICLE, column.id(), request));
        model.addAttribute("videos", catalog.inColumn(ContentType.VIDEO, column.id(), PageRequest.of(0, PAGE_SIZE)));
        return "column/detail";
    }
}
