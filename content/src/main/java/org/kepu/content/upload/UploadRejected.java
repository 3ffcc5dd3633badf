package org.kepu.content.upload;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/** An upload breaks a rule (size, quota, type): a code of the domain bundle and its arguments. */
public class UploadRejected extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    public UploadRejected(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
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
