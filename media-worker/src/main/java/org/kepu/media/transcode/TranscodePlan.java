package org.kepu.media.transcode;

/**
 * What decides the segments of a transcode, apart from the source: segments kept under one plan fit
 * a later run of the same plan only.
 *
 * @param description the ladder, segment length, preset, audio and ffmpeg binary, as text
 * @param renditions how many renditions the ladder has
 * @param segments how many segments each rendition will have
 */
public record TranscodePlan(String description, int renditions, int segments) {}
