package org.kepu.portal.upload;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** The header names and checks of the tus 1.0 protocol. */
final class TusHeaders {

    static final String RESUMABLE = "Tus-Resumable";
    static final String RESUMABLE_VALUE = "1.0.0";
    static final String VERSION = "Tus-Version";
    static final String EXTENSION = "Tus-Extension";
    static final String MAX_SIZE = "Tus-Max-Size";
    static final String UPLOAD_LENGTH = "Upload-Length";
    static final String UPLOAD_OFFSET = "Upload-Offset";
    static final String UPLOAD_METADATA = "Upload-Metadata";

    private TusHeaders() {}

    static void common(HttpHeaders headers) {
        headers.set(RESUMABLE, RESUMABLE_VALUE);
        headers.set(
                HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                String.join(
                        ",",
                        RESUMABLE,
                        VERSION,
                        EXTENSION,
                        MAX_SIZE,
                        UPLOAD_LENGTH,
                        UPLOAD_OFFSET,
                        HttpHeaders.LOCATION));
    }

    static void requireResumable(HttpServletRequest request) {
        if (!RESUMABLE_VALUE.equals(request.getHeader(RESUMABLE))) {
            throw new TusVersionUnsupported();
        }
    }
}
