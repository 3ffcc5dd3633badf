package org.kepu.portal.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kepu.content.blob.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Responsive images over the width variants the editor's upload stores ({@code images/<id>/<width>.jpg}): a
 * {@code srcset} of the variants that exist and the intrinsic size, so browsers pick a small file on phones and
 * keep the page from jumping while images load. Templates reach it as {@code @responsiveImages}.
 */
@Component("responsiveImages")
public class ResponsiveImages {

    /** The widths the upload writes; narrower originals get only the variants up to their own width. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    /** Article bodies are at most about 760 px wide. */
    public static final String BODY_SIZES = "(max-width: 800px) 100vw, 760px";

    private static final Pattern OUR_IMAGE = Pattern.compile("^/media/images/([0-9a-f]{32})/[0-9]{3,4}\\.jpg$");

    private final BlobStore blobs;
    // ids are random and their files never change, so what was read once stays true
    private final Map<String, Optional<Variants>> known = new ConcurrentHashMap<>();

    ResponsiveImages(BlobStore blobs) {
        this.blobs = blobs;
    }

    public static String url(String imageId, int width) {
        return "/media/images/" + imageId + "/" + width + ".jpg";
    }

    /** The cover stored in an article's cover key, or {@code null} (for templates) when it has none. */
    public ResponsiveImage cover(String coverKey) {
        return CoverImage.parse(coverKey)
                .flatMap(cover -> variants(cover.imageId()).map(v -> v.image(cover.alt())))
                .orElse(null);
    }

    /**
     * The HTML with every image of ours given {@code srcset}, {@code sizes}, {@code width} and {@code height};
     * other images are left as they are. Runs before the sanitizer, which lets {@code srcset} through only when it
     * names our images.
     */
    public String withSrcset(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element img : document.select("img[src]")) {
            Matcher ours = OUR_IMAGE.matcher(img.attr("src"));
            if (!ours.matches()) {
                continue;
            }
            Optional<Variants> variants = variants(ours.group(1));
            if (variants.isPresent()) {
                img.attr("srcset", variants.get().srcset())
                        .attr("sizes", BODY_SIZES)
                        .attr("width", String.valueOf(variants.get().width()))
                        .attr("height", String.valueOf(variants.get().height()))
                        .attr("loading", "lazy");
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }

    /** The stored variants of an image, or empty when no variant is stored. */
    Optional<Variants> variants(String imageId) {
        return known.computeIfAbsent(imageId, this::read);
    }

    private Optional<Variants> read(String imageId) {
        List<Integer> stored = WIDTHS.stream()
                .filter(width -> blobs.exists("images/" + imageId + "/" + width + ".jpg"))
                .toList();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        int widest = stored.get(stored.size() - 1);
        try (InputStream in = blobs.open("images/" + imageId + "/" + widest + ".jpg");
                ImageInputStream image = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                return Optional.of(new Variants(imageId, stored, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageUnreadable(imageId, e);
        }
    }

    /** The variants of one image; the widest may be narrower than its name when the original was. */
    record Variants(String imageId, List<Integer> names, int width, int height) {

        String srcset() {
            List<String> candidates = new ArrayList<>();
            for (int name : names) {
                candidates.add(url(imageId, name) + " " + Math.min(name, width) + "w");
            }
            return candidates.stream().collect(Collectors.joining(", "));
        }

        ResponsiveImage image(String alt) {
            int fallback = names.contains(960) ? 960 : names.get(0);
            return new ResponsiveImage(
                    url(imageId, fallback), url(imageId, names.get(names.size() - 1)), srcset(), width, height, alt);
        }
    }
}
