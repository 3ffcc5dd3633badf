package org.kepu.content;

/**
 * This process saw the page generation move (a change here after its commit, or one made through
 * another portal): whatever keeps rendered pages or what they show in memory drops it. Published
 * before {@code PageGeneration.current()} returns the new value, so a page built under the new
 * generation never reads a memo from before the change.
 */
public record PageGenerationAdvanced(long generation) {}
