package org.kepu.content.video;

import org.kepu.content.CodedRefusal;

/** The account already has as many videos waiting for transcoding as it may have. */
public class TooManyUnfinishedVideos extends CodedRefusal {

    public static final String CODE = "video.too-many-unfinished";

    public TooManyUnfinishedVideos(int limit) {
        super(CODE, limit);
    }
}
