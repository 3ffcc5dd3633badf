package org.kepu.content.registration;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A request the tracker cannot accept, with a problem code (worded by the
 * {@code registration.problem.*} messages of the domain bundle) and its arguments, e.g.
 * {@code FILE_TOO_LARGE} or {@code NOT_BOUND}.
 */
public class RegistrationRefused extends RuntimeException implements MessageSourceResolvable {

    /** The prefix that makes a problem code a message code. */
    public static final String MESSAGES = "registration.problem.";

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

    @Override
    public String[] getCodes() {
        return new String[] {MESSAGES + code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }
}
