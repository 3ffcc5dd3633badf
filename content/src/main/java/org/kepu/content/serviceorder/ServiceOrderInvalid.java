package org.kepu.content.serviceorder;

import java.util.Map;

/** An order that cannot be taken as sent (a bad request, not a rule of state): a reason in Chinese per field. */
public class ServiceOrderInvalid extends RuntimeException {

    private final Map<String, String> problems;

    public ServiceOrderInvalid(Map<String, String> problems) {
        super(String.join("；", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** Field name (as in {@link NewServiceOrder}) to its problem. */
    public Map<String, String> problems() {
        return problems;
    }
}
