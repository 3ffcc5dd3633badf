package org.kepu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.assertj.core.api.ThrowingConsumer;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What a person reads for a domain refusal, in Chinese, as the portal words it from the domain bundle. */
public final class DomainTexts {

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private DomainTexts() {}

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/domain");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The Chinese text of a refusal; any other exception's message as it is. */
    public static String chinese(Throwable e) {
        return e instanceof MessageSourceResolvable problem
                ? MESSAGES.getMessage(problem, Locale.SIMPLIFIED_CHINESE)
                : e.getMessage();
    }

    /** The Chinese text of a message that is not an exception, e.g. one caption problem. */
    public static String wording(MessageSourceResolvable message) {
        return MESSAGES.getMessage(message, Locale.SIMPLIFIED_CHINESE);
    }

    public static ThrowingConsumer<Throwable> says(String text) {
        return e -> assertThat(chinese(e)).isEqualTo(text);
    }

    public static ThrowingConsumer<Throwable> saysPart(String part) {
        return e -> assertThat(chinese(e)).contains(part);
    }
}
