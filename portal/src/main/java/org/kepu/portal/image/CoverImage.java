package org.kepu.portal.image;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article's cover: an uploaded image and its required text alternative. Stored as one value in the article's
 * {@code cover_key} ({@code <image id>;<alt>}), so a cover needs no schema change and stays one field of the form.
 */
public record CoverImage(String imageId, String alt) {

    private static final Pattern IMAGE_ID = Pattern.compile("[0-9a-f]{32}");
    static final int MAX_ALT = 200;

    public CoverImage {
        if (imageId == null || !IMAGE_ID.matcher(imageId).matches()) {
            throw new IllegalArgumentException("not an image id: " + imageId);
        }
        if (alt == null || alt.isBlank() || alt.length() > MAX_ALT) {
            throw new IllegalArgumentException("a cover needs a text alternative of at most " + MAX_ALT + " chars");
        }
    }

    /** The cover in a stored key, or empty when there is none or the key is not a valid cover. */
    public static Optional<CoverImage> parse(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String[] parts = key.split(";", 2);
        if (parts.length < 2 || !IMAGE_ID.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        String alt = parts[1].strip();
        return alt.isEmpty() || alt.length() > MAX_ALT ? Optional.empty() : Optional.of(new CoverImage(parts[0], alt));
    }

    public String key() {
        return imageId + ";" + alt;
    }
}
