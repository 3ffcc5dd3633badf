package org.kepu.portal.video;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/** Serves article images; their ids are random and never reused, so they are cached for long. */
@Controller
class ImageMediaController {

    private final BlobResponses responses;

    ImageMediaController(BlobResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/media/images/{id:[0-9a-f]{32}}/{width:[0-9]{3,4}}.jpg")
    ResponseEntity<InputStreamResource> image(
            @PathVariable String id,
            @PathVariable int width,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return responses
                .serve("images/" + id + "/" + width + ".jpg", true, null, ifNoneMatch)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
