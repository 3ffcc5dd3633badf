package org.kepu.portal.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Words a domain refusal or a message code in the language of the request being served (Chinese
 * when there is none), so no controller builds user-facing text itself.
 */
@Component
public class Texts {

    /** The code a form error gets when the refusal has none yet (its text comes from Java). */
    static final String UNCODED = "rule";

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal's text; its code when the bundles lack it, so a missing key shows and is not a 500. */
    public String of(MessageSourceResolvable problem) {
        try {
            return messages.getMessage(problem, locale());
        } catch (NoSuchMessageException e) {
            String[] codes = problem.getCodes();
            return codes == null || codes.length == 0 ? String.valueOf(problem.getDefaultMessage()) : codes[0];
        }
    }

    public String of(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale());
    }

    /**
     * A reason stored as a Chinese sentence and as a message code with its arguments, separated by {@code |} (as
     * {@code Video#getReasonCode}): the sentence on Chinese pages, the code's words on others, and the sentence
     * again where there is no code or no such message.
     */
    public String stored(String chinese, String code) {
        if (code == null || code.isBlank() || "zh".equals(locale().getLanguage())) {
            return chinese;
        }
        String[] parts = code.split("\\|", -1);
        Object[] arguments = java.util.Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
        return messages.getMessage(parts[0], arguments, chinese, locale());
    }

    /** A message in a given language rather than the request's; its code when the bundles lack it. */
    public String in(Locale language, MessageSourceResolvable message) {
        try {
            return messages.getMessage(message, language);
        } catch (NoSuchMessageException e) {
            String[] codes = message.getCodes();
            return codes == null || codes.length == 0 ? String.valueOf(message.getDefaultMessage()) : codes[0];
        }
    }

    /** A text in a given language rather than the request's. */
    public String in(Locale language, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, language);
    }

    /** The refusal as a form error, next to {@code field} or (null) on the form as a whole. */
    public void reject(Errors errors, String field, MessageSourceResolvable problem) {
        String[] codes = problem.getCodes();
        String code = codes == null || codes.length == 0 ? UNCODED : codes[0];
        if (field == null) {
            errors.reject(code, problem.getArguments(), of(problem));
        } else {
            errors.rejectValue(field, code, problem.getArguments(), of(problem));
        }
    }

    /** The language of the request in scope: what the LocaleResolver chose, Chinese by default. */
    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
