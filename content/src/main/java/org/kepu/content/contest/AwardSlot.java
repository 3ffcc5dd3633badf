package org.kepu.content.contest;

/** How many entries of a group receive an award. */
public record AwardSlot(String groupCode, Award award, int slots) {}
