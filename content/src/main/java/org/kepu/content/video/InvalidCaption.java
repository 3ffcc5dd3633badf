package org.kepu.content.video;

import java.util.ArrayList;
import java.util.List;
import org.kepu.content.RuleBroken;

/** An uploaded caption file is not usable: every problem with its cue and line. */
public class InvalidCaption extends RuleBroken {

    private static final int SHOWN_IN_MESSAGE = 5;

    private final List<CaptionProblem> problems;

    public InvalidCaption(String code, Object... arguments) {
        this(List.of(CaptionProblem.ofFile(code, arguments)));
    }

    public InvalidCaption(List<CaptionProblem> problems) {
        super(null, summaryCode(problems), summaryArguments(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CaptionProblem> problems() {
        return problems;
    }

    private static boolean oneForTheFile(List<CaptionProblem> problems) {
        return problems.size() == 1
                && problems.get(0).cue() == null
                && problems.get(0).line() == null;
    }

    // "video.caption.problems.3": the count, three problems, then "……" when more were found
    private static String summaryCode(List<CaptionProblem> problems) {
        return oneForTheFile(problems)
                ? problems.get(0).code()
                : "video.caption.problems." + Math.min(problems.size(), SHOWN_IN_MESSAGE);
    }

    private static Object[] summaryArguments(List<CaptionProblem> problems) {
        if (oneForTheFile(problems)) {
            return problems.get(0).getArguments();
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(String.valueOf(problems.size()));
        problems.stream().limit(SHOWN_IN_MESSAGE).map(CaptionProblem::described).forEach(arguments::add);
        arguments.add(problems.size() > SHOWN_IN_MESSAGE ? "……" : "");
        return arguments.toArray();
    }
}
