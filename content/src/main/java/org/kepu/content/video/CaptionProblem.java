package org.kepu.content.video;

/** What is wrong in a caption file, and where: the cue number and line, either null when it is the whole file. */
public record CaptionProblem(Integer cue, Integer line, String message) {

    static CaptionProblem ofFile(String message) {
        return new CaptionProblem(null, null, message);
    }

    /** The problem as a person reads it, with its place first. */
    public String describe() {
        if (cue == null && line == null) {
            return message;
        }
        StringBuilder place = new StringBuilder();
        if (cue != null) {
            place.append("第 ").append(cue).append(" 条");
        }
        if (line != null) {
            place.append(place.isEmpty() ? "" : "（").append("第 ").append(line).append(" 行");
            if (cue != null) {
                place.append("）");
            }
        }
        return place + "：" + message;
    }
}
