package org.kepu.portal.pagecache;

import org.kepu.content.ContentKey;
import org.kepu.content.views.ViewCounter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts a view of the item a page shows, and marks the page so that the view is counted again each time the
 * page is served from memory instead of rendered.
 */
@Component
public class PageViews {

    static final String VIEWED = PageViews.class.getName() + ".viewed";

    private final ViewCounter views;

    PageViews(ViewCounter views) {
        this.views = views;
    }

    public void record(ContentKey key) {
        views.record(key);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(VIEWED, key, RequestAttributes.SCOPE_REQUEST);
        }
    }

    void replayed(ContentKey key) {
        views.record(key);
    }
}
