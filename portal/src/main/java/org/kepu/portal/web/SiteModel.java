package org.kepu.portal.web;

import java.util.List;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    private final Columns columns;

    SiteModel(Columns columns) {
        this.columns = columns;
    }

    @ModelAttribute("navColumns")
    List<ContentColumn> navColumns() {
        return columns.findAllByOrderBySortOrderAscIdAsc();
    }
}
