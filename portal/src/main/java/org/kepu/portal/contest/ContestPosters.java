package org.kepu.portal.contest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.portal.image.CoverImage;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.StoredImages;
import org.kepu.portal.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** A contest's poster: an uploaded image stored like article covers, with its text alternative. */
@Component
class ContestPosters {

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final StoredImages images;
    private final MessageSource messages;

    ContestPosters(StoredImages images, MessageSource messages) {
        this.images = images;
        this.messages = messages;
    }

    /**
     * The key of an uploaded poster; its text alternative is what the admin typed, else the
     * contest's title.
     */
    String store(MultipartFile upload, String alt, String title, String admin) {
        if (upload == null || upload.isEmpty()) {
            throw new ContestRuleBroken("contest.poster.missing");
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new ContestRuleBroken("contest.poster.too-large");
        }
        try (InputStream in = upload.getInputStream()) {
            return new CoverImage(images.store(in, admin).id(), alt(alt, title)).key();
        } catch (ImageRejected e) {
            throw new ContestRuleBroken(e.code(), e.getArguments());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded poster", e);
        }
    }

    /**
     * What the poster shows, for readers who cannot see it; the contest's title when left empty.
     * Stored in Chinese, like the title it names; Mongolian pages word their own from the
     * Mongolian title (contest/detail.html).
     */
    private String alt(String typed, String title) {
        String alt = blank(typed)
                ? messages.getMessage("contest.poster.alt", new Object[] {title}, Language.CHINESE.locale())
                : typed.strip();
        alt = alt.replaceAll("[;\\r\\n]", " ");
        return alt.length() > 200 ? alt.substring(0, 200) : alt;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
