package org.kepu.content.serviceorder;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A note on an order's timeline: a message code of the domain bundle with its arguments, worded in the
 * reader's language when shown; or a text as it was written (a staff member's words, or a note stored
 * before notes had codes, which reads the same in every language).
 */
public record StepNote(String code, List<String> arguments, String text) implements MessageSourceResolvable {

    public StepNote {
        arguments = List.copyOf(arguments);
    }

    /** A note worded by {@code code}; arguments are kept as their text ("10000", not "10,000"). */
    public static StepNote of(String code, Object... arguments) {
        return new StepNote(code, Arrays.stream(arguments).map(String::valueOf).toList(), null);
    }

    /** A note as written, or none. */
    public static StepNote written(String text) {
        return text == null ? null : new StepNote(null, List.of(), text);
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return text;
    }

    /** The code and its arguments in one column: {@code code|arg|arg}, a {@code %} or {@code |} in one as {@code %25}, {@code %7C}. */
    String stored() {
        StringBuilder stored = new StringBuilder(code);
        for (String argument : arguments) {
            stored.append('|').append(argument.replace("%", "%25").replace("|", "%7C"));
        }
        return stored.toString();
    }

    /** The note of a row: its code when it has one, else its text; none when it has neither. */
    static StepNote read(String stored, String text) {
        if (stored == null || stored.isBlank()) {
            return written(text);
        }
        List<String> parts = Arrays.stream(stored.split("\\|", -1))
                .map(part -> part.replace("%7C", "|").replace("%25", "%"))
                .toList();
        return new StepNote(parts.get(0), parts.subList(1, parts.size()), text);
    }
}
