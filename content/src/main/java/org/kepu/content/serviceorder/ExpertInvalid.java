package org.kepu.content.serviceorder;

import java.util.Map;

/** An expert that cannot be saved as entered: a message code of the domain bundle per field. */
public class ExpertInvalid extends RuntimeException {

    private final Map<String, String> problems;

    public ExpertInvalid(Map<String, String> problems) {
        super("Invalid expert: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field name (as in {@link ExpertDetails}) to the code of its problem. */
    public Map<String, String> problems() {
        return problems;
    }
}
