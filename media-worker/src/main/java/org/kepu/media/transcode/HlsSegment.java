package org.kepu.media.transcode;

/**
 * One complete HLS segment of a transcode: {@code v<rendition>/<name>} in its output folder.
 *
 * @param rendition index in the ladder, highest first
 * @param name file name, such as {@code seg_003.ts}
 * @param seconds its length, as the playlist's {@code EXTINF} says
 */
public record HlsSegment(int rendition, String name, double seconds) {}
