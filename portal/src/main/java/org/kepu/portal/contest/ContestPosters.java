package org.kepu.portal.contest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.portal.image.CoverImage;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.StoredImages;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** A contest's poster: an uploaded image stored like article covers, with its text alternative. */
@Component
class ContestPosters {

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final StoredImages images;

    ContestPosters(StoredImages images) {
        this.images = images;
    }

    /**
     * The poster key to store: a new upload, the current poster (with a changed description if one
     * was typed), or none when the admin removed it.
     */
    String key(MultipartFile upload, ContestForm form, String current, String admin) {
        if (upload != null && !upload.isEmpty()) {
            return store(upload, alt(form), admin);
        }
        if (Boolean.TRUE.equals(form.removePoster()) || current == null) {
            return null;
        }
        return CoverImage.parse(current)
                .map(c -> new CoverImage(c.imageId(), blank(form.posterAlt()) ? c.alt() : alt(form)).key())
                .orElse(null);
    }

    private String store(MultipartFile upload, String alt, String admin) {
        if (upload.getSize() > MAX_BYTES) {
            throw new ContestRuleBroken("posterAlt", "海报图片不能超过 10 MB");
        }
        try (InputStream in = upload.getInputStream()) {
            return new CoverImage(images.store(in, admin).id(), alt).key();
        } catch (ImageRejected e) {
            throw new ContestRuleBroken("posterAlt", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded poster", e);
        }
    }

    /** What the poster shows, for readers who cannot see it; the contest's title when left empty. */
    private static String alt(ContestForm form) {
        String alt =
                blank(form.posterAlt()) ? form.title() + "海报" : form.posterAlt().strip();
        alt = alt.replaceAll("[;\\r\\n]", " ");
        return alt.length() > 200 ? alt.substring(0, 200) : alt;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
