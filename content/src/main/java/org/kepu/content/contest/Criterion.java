package org.kepu.content.contest;

/** A rubric line: judges score it 0–100, it counts {@code weight} percent of the total. */
public record Criterion(String name, int weight) {}
