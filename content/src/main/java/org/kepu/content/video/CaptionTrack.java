package org.kepu.content.video;

import java.util.List;

/** A caption file read into cues: the format and encoding it came in, and the cues in order. */
public record CaptionTrack(String format, String encoding, List<CaptionCue> cues) {

    public CaptionTrack {
        cues = List.copyOf(cues);
    }

    /** The track as WebVTT in UTF-8, whatever it came in: what is stored and served to players. */
    public String toWebVtt() {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (CaptionCue cue : cues) {
            out.append('\n')
                    .append(CaptionTimes.format(cue.startMillis()))
                    .append(" --> ")
                    .append(CaptionTimes.format(cue.endMillis()))
                    .append('\n')
                    .append(escaped(cue.text()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
