package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.notice.SiteNotice;
import org.kepu.content.notice.SiteNotices;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    private final Columns columns;
    private final SiteNotices notices;
    private final SiteOperator operator;
    private final ServiceScopes serviceScopes;

    SiteModel(Columns columns, SiteNotices notices, SiteOperator operator, ServiceScopes serviceScopes) {
        this.columns = columns;
        this.notices = notices;
        this.operator = operator;
        this.serviceScopes = serviceScopes;
    }

    /** Whether 长辈模式 is on for this reader (larger text, higher contrast, one column). */
    @ModelAttribute("elderly")
    boolean elderly(HttpServletRequest request) {
        return ReadingPreferences.elderly(request);
    }

    /** The article text size this reader chose. */
    @ModelAttribute("textSize")
    ReadingPreferences.TextSize textSize(HttpServletRequest request) {
        return ReadingPreferences.textSize(request);
    }

    /** This page's path and query, where the preference switches return to. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return LocalPath.here(request);
    }

    /** The 主办单位, 联系方式 and ICP 备案号 of the footer. */
    @ModelAttribute("siteOperator")
    SiteOperator siteOperator() {
        return operator;
    }

    /**
     * The signed-in user's name as every page may print it (a creator's phone number masked), or
     * null: the layout offers sign-out and the back office.
     */
    @ModelAttribute("signedInAs")
    String signedInAs(Principal principal) {
        return principal == null ? null : MaskedContact.of(principal.getName());
    }

    /** Where the signed-in user works, by role; null for the public. */
    @ModelAttribute("backOffice")
    String backOffice(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        // staff of any role start at the workbench, which links only what their roles open
        if (StaffRoles.isStaff(authentication)) {
            return "/workbench";
        }
        // 实践所, department and team staff hold a scope (data), often no role
        if (serviceScopes.hasScope(authentication)) {
            return "/workbench";
        }
        return StaffRoles.has(authentication, "CREATOR") ? "/creator/entries" : null;
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
