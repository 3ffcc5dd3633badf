package org.kepu.content.contest;

/** A group (青少年组) or category (微视频) of a contest. */
public record Track(String code, String name) {}
