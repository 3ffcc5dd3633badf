package org.kepu.content.video;

import java.util.List;

/**
 * A caption file as the editor gets it: the text to edit, the cues read from it and what is wrong
 * with it (each problem with its cue and line); usable when there are no problems.
 */
public record CaptionReading(String text, CaptionTrack track, List<CaptionProblem> problems) {

    public CaptionReading {
        problems = List.copyOf(problems);
    }

    public boolean isUsable() {
        return problems.isEmpty();
    }
}
