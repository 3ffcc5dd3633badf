package org.kepu.content;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal that is no {@link RuleBroken} (an upload, an image, a queue limit), worded by a message code and its
 * arguments, so the portal says it in the request's language; the exception's own message (for logs) is the code
 * and the arguments.
 */
public abstract class CodedRefusal extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    protected CodedRefusal(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = RuleBroken.texts(arguments);
    }

    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }
}
