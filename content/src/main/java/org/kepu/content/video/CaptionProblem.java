package org.kepu.content.video;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is wrong in a caption file, and where: the cue number and line, either null when it is the
 * whole file; the problem is a {@code video.caption.*} code of the domain bundle and its arguments.
 */
public record CaptionProblem(Integer cue, Integer line, String code, List<String> arguments)
        implements MessageSourceResolvable {

    CaptionProblem(Integer cue, Integer line, String code, Object... arguments) {
        this(cue, line, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    static CaptionProblem ofFile(String code, Object... arguments) {
        return new CaptionProblem(null, null, code, arguments);
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
        String place = cue == null ? "line" : line == null ? "cue" : "cue-line";
        return new DefaultMessageSourceResolvable(
                new String[] {"video.caption.at." + place}, new Object[] {cue == null ? line : cue, line, this});
    }
}
