package org.kepu.content;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The domain bundle's Chinese words for what is stored as text in Chinese: audit and revision notes are a
 * record staff read as it was written, not interface, so they are worded once, when written.
 */
public final class AuditWords {

    private static final ResourceBundleMessageSource DOMAIN = domain();

    private AuditWords() {}

    public static String of(MessageSourceResolvable message) {
        return DOMAIN.getMessage(message, Locale.SIMPLIFIED_CHINESE);
    }

    private static ResourceBundleMessageSource domain() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/domain");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
