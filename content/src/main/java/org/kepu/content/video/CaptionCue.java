package org.kepu.content.video;

/** One cue of a caption track: its number in the file (from 1), the line its timing is on, times in ms, plain text. */
public record CaptionCue(int number, int line, long startMillis, long endMillis, String text) {}
