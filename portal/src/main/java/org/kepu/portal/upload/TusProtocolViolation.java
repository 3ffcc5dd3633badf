package org.kepu.portal.upload;

import org.springframework.context.MessageSourceResolvable;

/** A request that breaks the tus protocol (400); its reason is {@code upload.protocol.<code>} in the media bundle. */
class TusProtocolViolation extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    TusProtocolViolation(String code, Object... arguments) {
        super(code);
        this.code = "upload.protocol." + code;
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
