package org.kepu.media.transcode;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one transcode wrote, all under its output folder.
 *
 * @param renditions the ladder, highest first; rendition i lives in {@code v<i>/}
 * @param masterPlaylist {@code master.m3u8}, the URL a player opens
 * @param mp4Fallback {@code fallback.mp4}, for players without HLS and for download
 * @param poster {@code poster.jpg}
 * @param storyboardSprite {@code sprite.jpg}, the seek-preview thumbnails tiled into one picture
 * @param storyboardVtt {@code storyboard.vtt}, WebVTT cues {@code sprite.jpg#xywh=x,y,w,h} per
 *     interval, relative to the folder, for a player's seek preview (e.g. a {@code metadata} track)
 */
public record TranscodeResult(
        MediaProbe probe,
        List<Rendition> renditions,
        Path masterPlaylist,
        Path mp4Fallback,
        Path poster,
        Path storyboardSprite,
        Path storyboardVtt) {

    public TranscodeResult {
        renditions = List.copyOf(renditions);
    }
}
