package org.kepu.media.transcode;

import java.time.Duration;

/**
 * What ffmpeg found in a media file.
 *
 * @param container demuxer name as ffmpeg reports it, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param hasVideo false for sound only (cover art is no video); codec, sizes, rotation and frame
 *     rate are then null or 0
 * @param videoCodec codec of the first video stream, null without video
 * @param width coded width, before rotation
 * @param height coded height, before rotation
 * @param rotation clockwise degrees a player turns the picture: 0, 90, 180 or 270
 * @param frameRate average frames per second, 0 when unknown
 * @param duration length, {@link Duration#ZERO} when the container does not say
 */
public record MediaProbe(
        String container,
        boolean hasVideo,
        boolean hasAudio,
        String videoCodec,
        int width,
        int height,
        int rotation,
        double frameRate,
        Duration duration) {

    /** Width as the viewer sees it, after rotation. */
    public int displayWidth() {
        return quarterTurned() ? height : width;
    }

    /** Height as the viewer sees it, after rotation. */
    public int displayHeight() {
        return quarterTurned() ? width : height;
    }

    public boolean isPortrait() {
        return displayHeight() > displayWidth();
    }

    private boolean quarterTurned() {
        return rotation == 90 || rotation == 270;
    }
}
