package org.kepu.portal.web;

import org.kepu.content.catalog.ItemUrls;
import org.springframework.stereotype.Component;

/**
 * {@link ItemUrls} for templates ({@code ${@itemLinks.video(v.id)}}), so back-office pages link to an
 * item's public page without writing its path themselves.
 */
@Component
public class ItemLinks {

    public String article(long id) {
        return ItemUrls.article(id);
    }

    public String video(long id) {
        return ItemUrls.video(id);
    }
}
