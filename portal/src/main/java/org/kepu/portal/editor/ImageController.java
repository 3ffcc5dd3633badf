package org.kepu.portal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.kepu.content.article.MediaLibrary;
import org.kepu.portal.image.CoverImage;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.image.StoredImages;
import org.kepu.portal.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Image upload from the article editor; answers the Markdown to insert. */
@RestController
class ImageController {

    private static final int PAGE_SIZE = 12;

    private final StoredImages images;
    private final MediaLibrary library;
    private final Texts texts;

    ImageController(StoredImages images, MediaLibrary library, Texts texts) {
        this.texts = texts;
        this.images = images;
        this.library = library;
    }

    /** The media library, newest first, a page at a time: thumbnails and what to insert. */
    @GetMapping("/editor/images")
    LibraryPage library(@RequestParam(defaultValue = "0") int page) {
        MediaLibrary.LibraryPage found = library.page(page, PAGE_SIZE);
        return new LibraryPage(
                found.images().stream().map(ImageController::reusable).toList(), found.page(), found.pages());
    }

    private static UploadedImage reusable(MediaLibrary.LibraryImage image) {
        return new UploadedImage(
                image.id(),
                image.url(),
                ResponsiveImages.url(image.id(), ResponsiveImages.WIDTHS.get(0)),
                image.alt(),
                markdown(image.alt(), image.url()),
                new CoverImage(image.id(), image.alt()).key());
    }

    private static String markdown(String alt, String url) {
        return "![" + alt + "](" + url + ")";
    }

    @PostMapping("/editor/images")
    ResponseEntity<?> upload(
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String alt, Principal principal)
            throws IOException {
        String text = alt.strip().replaceAll("[\\[\\]\\r\\n]", " ");
        if (text.isEmpty()) {
            return problem(texts.of("desk.image.alt.required"));
        }
        if (text.length() > 200) {
            return problem(texts.of("desk.image.alt.size"));
        }
        try (InputStream in = file.getInputStream()) {
            StoredImages.Stored stored = images.store(in, principal.getName());
            String url = stored.url(960);
            library.add(stored.id(), url, text, principal.getName());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new UploadedImage(
                            stored.id(),
                            url,
                            stored.url(ResponsiveImages.WIDTHS.get(0)),
                            text,
                            markdown(text, url),
                            new CoverImage(stored.id(), text).key()));
        }
    }

    @ExceptionHandler(ImageRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImageRejected e) {
        return problem(texts.of(e));
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        return ResponseEntity.unprocessableContent()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail));
    }

    /** The image, its thumbnail, the Markdown that shows it in a body, and the value that makes it the cover. */
    record UploadedImage(String id, String url, String thumbnail, String alt, String markdown, String cover) {}

    record LibraryPage(List<UploadedImage> images, int page, int pages) {}
}
