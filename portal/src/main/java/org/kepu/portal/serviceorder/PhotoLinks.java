package org.kepu.portal.serviceorder;

import java.util.List;
import org.kepu.content.serviceorder.OrderPhoto;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.image.StoredImages;

/**
 * Where a completion photo is served: the narrowest stored width for lists and phones, the widest
 * one the original has for a closer look. Public because the templates read it.
 */
public record PhotoLinks(String small, String large) {

    static PhotoLinks of(OrderPhoto photo) {
        return new PhotoLinks(
                ResponsiveImages.url(photo.imageId(), ResponsiveImages.WIDTHS.get(0)),
                new StoredImages.Stored(photo.imageId(), photo.width(), photo.height()).url(Integer.MAX_VALUE));
    }

    static List<PhotoLinks> of(List<OrderPhoto> photos) {
        return photos.stream().map(PhotoLinks::of).toList();
    }
}
