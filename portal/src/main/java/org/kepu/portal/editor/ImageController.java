package org.kepu.portal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import org.kepu.portal.image.CoverImage;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.StoredImages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Image upload from the article editor; answers the Markdown to insert. */
@RestController
class ImageController {

    private final StoredImages images;

    ImageController(StoredImages images) {
        this.images = images;
    }

    @PostMapping("/editor/images")
    ResponseEntity<?> upload(
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String alt, Principal principal)
            throws IOException {
        String text = alt.strip().replaceAll("[\\[\\]\\r\\n]", " ");
        if (text.isEmpty()) {
            return problem("请为图片填写文字说明（替代文本）。");
        }
        if (text.length() > 200) {
            return problem("图片说明不能超过 200 字。");
        }
        try (InputStream in = file.getInputStream()) {
            StoredImages.Stored stored = images.store(in, principal.getName());
            String url = stored.url(960);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new UploadedImage(
                            stored.id(), url, "![" + text + "](" + url + ")", new CoverImage(stored.id(), text).key()));
        }
    }

    @ExceptionHandler(ImageRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImageRejected e) {
        return problem(e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        return ResponseEntity.unprocessableContent()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail));
    }

    /** The image, the Markdown that shows it in a body, and the value that makes it the article's cover. */
    record UploadedImage(String id, String url, String markdown, String cover) {}
}
