package org.kepu.content.video;

import org.springframework.context.MessageSourceResolvable;

/** The account already has as many videos waiting for transcoding as it may have. */
public class TooManyUnfinishedVideos extends RuntimeException implements MessageSourceResolvable {

    public static final String CODE = "video.too-many-unfinished";

    private final int limit;

    public TooManyUnfinishedVideos(int limit) {
        super(CODE + " [" + limit + "]");
        this.limit = limit;
    }

    public String code() {
        return CODE;
    }

    @Override
    public String[] getCodes() {
        return new String[] {CODE};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {String.valueOf(limit)};
    }
}
