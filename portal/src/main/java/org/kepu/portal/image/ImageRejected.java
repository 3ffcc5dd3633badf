package org.kepu.portal.image;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/** An uploaded image cannot be used: an {@code image.*} message code and its arguments. */
public class ImageRejected extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    ImageRejected(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = arguments.clone();
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
