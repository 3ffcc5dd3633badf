package org.kepu.content.serviceorder;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;

/**
 * An order that cannot be taken as sent (a bad request, not a rule of state): per field, a message
 * of the domain bundle the portal words in the resident's language.
 */
public class ServiceOrderInvalid extends RuntimeException {

    private final Map<String, MessageSourceResolvable> problems;

    public ServiceOrderInvalid(Map<String, ? extends MessageSourceResolvable> problems) {
        super("Invalid service order: "
                + problems.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().getCodes()[0])
                        .collect(Collectors.joining(", ")));
        this.problems = Map.copyOf(problems);
    }

    /** Field name (as in {@link NewServiceOrder}) to its problem. */
    public Map<String, MessageSourceResolvable> problems() {
        return problems;
    }
}
