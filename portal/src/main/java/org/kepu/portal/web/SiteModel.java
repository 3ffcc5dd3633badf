package org.kepu.portal.web;

import java.util.List;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.notice.SiteNotice;
import org.kepu.content.notice.SiteNotices;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    private final Columns columns;
    private final SiteNotices notices;

    SiteModel(Columns columns, SiteNotices notices) {
        this.columns = columns;
        this.notices = notices;
    }

    @ModelAttribute("siteNotice")
    SiteNotice siteNotice() {
        return notices.active().orElse(null);
    }

    @ModelAttribute("navColumns")
    List<ContentColumn> navColumns() {
        return columns.findAllByOrderBySortOrderAscIdAsc();
    }
}
