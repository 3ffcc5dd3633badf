package org.kepu.content.contest;

/** How far a judge is with a contest's entries. */
public record JudgeProgress(int entries, int submitted, int conflicts) {

    public int remaining() {
        return entries - submitted - conflicts;
    }

    public int percent() {
        return entries == 0 ? 100 : (submitted + conflicts) * 100 / entries;
    }
}
