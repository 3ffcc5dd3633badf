package org.kepu.content.registration;

import java.util.Arrays;
import java.util.List;

/**
 * A row-level (or, with line 0, file-level) finding of an import check. The portal renders {@code
 * code} with its arguments as a Chinese sentence; the API answers the same.
 *
 * @param line the 1-based line of the spreadsheet (as Excel or a text editor numbers it), 0 for the
 *     file as a whole
 */
public record Problem(int line, Severity severity, String code, List<String> args) {

    public enum Severity {
        ERROR,
        WARNING
    }

    static Problem error(int line, String code, Object... args) {
        return new Problem(line, Severity.ERROR, code, strings(args));
    }

    static Problem warning(int line, String code, Object... args) {
        return new Problem(line, Severity.WARNING, code, strings(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
