package org.kepu.content.registration;

import java.util.Arrays;
import java.util.List;

/**
 * A request the tracker cannot accept, with a message code (rendered in Chinese by the portal's
 * {@code registration.problem.*} messages) and its arguments, e.g. {@code FILE_TOO_LARGE} or
 * {@code NOT_BOUND}.
 */
public class RegistrationRefused extends RuntimeException {

    private final String code;
    private final List<String> args;

    public RegistrationRefused(String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
