package org.kepu.portal.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request whose content is wrong in a way the caller can fix; the reason is a message of the bundles, read in the
 * caller's language.
 */
public class InvalidRequest extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    public InvalidRequest(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
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
