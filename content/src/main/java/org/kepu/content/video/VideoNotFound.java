package org.kepu.content.video;

import org.kepu.content.NotFound;

public class VideoNotFound extends NotFound {

    public VideoNotFound(long id) {
        super("No video " + id);
    }
}
