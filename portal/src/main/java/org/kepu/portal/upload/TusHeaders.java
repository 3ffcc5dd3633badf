package org.kepu.portal.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.regex.Pattern;
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

    /** Digits only: no sign, no spaces, no exponent; 19 digits can still overflow a long (checked). */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,19}");

    private TusHeaders() {}

    /** The header's one value, or null; a header sent twice is refused rather than guessed at. */
    static String single(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String value = values.nextElement();
        if (values.hasMoreElements()) {
            throw new TusProtocolViolation("repeated", name);
        }
        return value;
    }

    /** A tus length or offset: one non-negative whole number that fits a long, or null when absent. */
    static Long number(HttpServletRequest request, String name) {
        String value = single(request, name);
        if (value == null) {
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new TusProtocolViolation("not-a-number", name);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException tooLarge) {
            throw new TusProtocolViolation("too-large", name);
        }
    }

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
