package org.kepu.content.video;

public class VideoNotFound extends RuntimeException {

    public VideoNotFound(long id) {
        super("No video " + id);
    }
}
