package org.kepu.content.video;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is wrong in a caption file, and where: the cue number, the line and the cue's start time,
 * each null when unknown or when it is the whole file; the problem is a {@code video.caption.*}
 * code of the domain bundle and its arguments.
 */
public record CaptionProblem(Integer cue, Integer line, String code, List<String> arguments, String time)
        implements MessageSourceResolvable {

    public CaptionProblem(Integer cue, Integer line, String code, List<String> arguments) {
        this(cue, line, code, arguments, null);
    }

    CaptionProblem(Integer cue, Integer line, String code, Object... arguments) {
        this(cue, line, code, Arrays.stream(arguments).map(String::valueOf).toList(), null);
    }

    static CaptionProblem ofFile(String code, Object... arguments) {
        return new CaptionProblem(null, null, code, arguments);
    }

    /** The same problem, placed at a cue starting at {@code millis}. */
    CaptionProblem at(long millis) {
        return new CaptionProblem(cue, line, code, arguments, CaptionTimes.format(millis));
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    /** The problem as a person reads it, with its place first. */
    public MessageSourceResolvable described() {
        if (cue == null && line == null) {
            return this;
        }
        String place = cue == null ? "line" : line == null ? "cue" : time == null ? "cue-line" : "cue-line-time";
        return new DefaultMessageSourceResolvable(
                new String[] {"video.caption.at." + place}, new Object[] {cue == null ? line : cue, line, this, time});
    }
}
