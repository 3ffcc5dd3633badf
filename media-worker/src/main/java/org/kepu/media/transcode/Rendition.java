package org.kepu.media.transcode;

/**
 * One rung of the HLS ladder, in display orientation (a portrait rendition has width < height).
 *
 * @param width even width in pixels
 * @param height even height in pixels
 * @param videoBitrateKbps target H.264 bitrate
 * @param audioBitrateKbps target AAC bitrate, used when the source has sound
 */
public record Rendition(int width, int height, int videoBitrateKbps, int audioBitrateKbps) {

    /** The shorter side, what people call "360p" or "720p" whatever the orientation. */
    public int shortSide() {
        return Math.min(width, height);
    }
}
