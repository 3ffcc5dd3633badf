package org.kepu.content.serviceorder;

import java.util.regex.Pattern;

/**
 * A photo of a held service: an image stored by the portal's image code under
 * {@code images/<imageId>/<width>.jpg}, with the size of its original.
 */
public record OrderPhoto(String imageId, int width, int height) {

    private static final Pattern IMAGE_ID = Pattern.compile("[0-9a-f]{32}");

    public OrderPhoto {
        if (imageId == null || !IMAGE_ID.matcher(imageId).matches() || width < 1 || height < 1) {
            throw new IllegalArgumentException("not a stored image: " + imageId);
        }
    }
}
