package org.kepu.media.transcode;

import java.time.Duration;
import java.util.Locale;

/**
 * The seek-preview storyboard: one thumbnail every {@code intervalSeconds}, tiled into one JPEG
 * sprite, and a WebVTT file whose cues point into it ({@code sprite.jpg#xywh=x,y,w,h}). The
 * interval grows with the length so the sprite never holds more than {@link #MAX_TILES}
 * thumbnails (at most 1600×900 pixels, some 100–200 KB).
 *
 * @param intervalSeconds seconds between thumbnails, at least 1
 * @param tileWidth thumbnail width, even
 * @param tileHeight thumbnail height, even
 * @param columns thumbnails per row
 * @param rows rows of thumbnails
 */
record Storyboard(int intervalSeconds, int tileWidth, int tileHeight, int columns, int rows) {

    static final String SPRITE = "sprite.jpg";
    static final String VTT = "storyboard.vtt";
    static final int MAX_TILES = 100;
    private static final int MAX_COLUMNS = 10;
    // 160x90 for 16:9, what players show above the seek bar on a phone
    private static final int TILE_LONG_SIDE = 160;

    /**
     * Plans for {@code probe}; when its container declares no length, for {@code longestLength}, the
     * longest a video may be (the sprite then has room to spare, and the cues follow the real length).
     */
    static Storyboard plan(MediaProbe probe, Duration longestLength) {
        Duration length = probe.duration().isZero() ? longestLength : probe.duration();
        long millis = Math.max(1, length.toMillis());
        int interval = (int) Math.max(1, ceilDiv(millis, MAX_TILES * 1000L));
        int tiles = (int) Math.min(MAX_TILES, Math.max(1, ceilDiv(millis, interval * 1000L)));
        int columns = Math.min(MAX_COLUMNS, tiles);
        int rows = (tiles + columns - 1) / columns;
        int longSide = Math.max(probe.displayWidth(), probe.displayHeight());
        int shortSide = Math.min(probe.displayWidth(), probe.displayHeight());
        int tileShort = Math.max(2, 2 * (int) Math.round(TILE_LONG_SIDE * (double) shortSide / longSide / 2));
        return probe.isPortrait()
                ? new Storyboard(interval, tileShort, TILE_LONG_SIDE, columns, rows)
                : new Storyboard(interval, TILE_LONG_SIDE, tileShort, columns, rows);
    }

    int capacity() {
        return columns * rows;
    }

    /** The filter chain from decoded pictures to the thumbnails: one picture per interval, shrunk. */
    String thumbnailFilter() {
        return "fps=fps=1/" + intervalSeconds + ",scale=" + tileWidth + ":" + tileHeight + ",setsar=1,format=yuvj420p";
    }

    /**
     * The filter from the thumbnails to the sprite. The tile filter emits the sprite when it is full
     * or the input ends, whichever comes first.
     */
    String tileFilter() {
        return "tile=" + columns + "x" + rows;
    }

    /** WebVTT cues for a video of {@code length}, one per thumbnail, in the order of the tiles. */
    String webVtt(Duration length) {
        long totalMillis = Math.max(1, length.toMillis());
        long step = intervalSeconds * 1000L;
        int cues = (int) Math.min(capacity(), ceilDiv(totalMillis, step));
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < cues; i++) {
            long start = i * step;
            long end = Math.min(totalMillis, start + step);
            vtt.append('\n')
                    .append(timestamp(start))
                    .append(" --> ")
                    .append(timestamp(end))
                    .append('\n')
                    .append(String.format(
                            Locale.ROOT,
                            "%s#xywh=%d,%d,%d,%d",
                            SPRITE,
                            (i % columns) * tileWidth,
                            (i / columns) * tileHeight,
                            tileWidth,
                            tileHeight))
                    .append('\n');
        }
        return vtt.toString();
    }

    private static String timestamp(long millis) {
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d.%03d",
                millis / 3_600_000,
                millis / 60_000 % 60,
                millis / 1000 % 60,
                millis % 1000);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
