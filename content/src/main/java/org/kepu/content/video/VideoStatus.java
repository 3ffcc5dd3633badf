package org.kepu.content.video;

/** Where an uploaded video is on its way to playback. */
public enum VideoStatus {
    PROCESSING,
    READY,
    REJECTED,
    FAILED
}
