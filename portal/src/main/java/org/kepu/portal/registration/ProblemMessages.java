package org.kepu.portal.registration;

import java.util.List;
import java.util.Locale;
import org.kepu.content.registration.Problem;
import org.kepu.content.registration.RegistrationRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the tracker's problem codes into sentences of the domain bundle, in the language of the
 * request (Chinese outside one, e.g. in an import job).
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem's sentence without its line. */
    public String text(Problem problem) {
        return text(problem.code(), problem.args());
    }

    /** The sentence with its line, e.g. “第 5 行：乡镇“阿勒腾席热”不存在……”. */
    public String withLine(Problem problem) {
        String where = problem.line() > 0
                ? messages.getMessage("registration.problem.line", new Object[] {problem.line()}, locale())
                : messages.getMessage("registration.problem.file", null, locale());
        return where + text(problem);
    }

    public String text(RegistrationRefused refused) {
        return text(refused.code(), refused.args());
    }

    public String text(String code, List<String> args) {
        return messages.getMessage(
                "registration.problem." + code, args.toArray(), "registration.problem." + code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }
}
