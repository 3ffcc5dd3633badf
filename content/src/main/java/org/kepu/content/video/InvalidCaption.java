package org.kepu.content.video;

import java.util.List;
import java.util.stream.Collectors;
import org.kepu.content.RuleBroken;

/** An uploaded caption file is not usable: every problem with its cue and line, in Chinese for the person. */
public class InvalidCaption extends RuleBroken {

    private static final int SHOWN_IN_MESSAGE = 5;

    private final List<CaptionProblem> problems;

    public InvalidCaption(String reason) {
        this(List.of(CaptionProblem.ofFile(reason)));
    }

    public InvalidCaption(List<CaptionProblem> problems) {
        super(null, summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CaptionProblem> problems() {
        return problems;
    }

    private static String summary(List<CaptionProblem> problems) {
        if (problems.size() == 1
                && problems.get(0).cue() == null
                && problems.get(0).line() == null) {
            return problems.get(0).message();
        }
        String shown = problems.stream()
                .limit(SHOWN_IN_MESSAGE)
                .map(CaptionProblem::describe)
                .collect(Collectors.joining("；"));
        return "字幕文件有 " + problems.size() + " 处问题：" + shown + (problems.size() > SHOWN_IN_MESSAGE ? "……" : "");
    }
}
