package org.kepu.content;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The domain bundle's words for what the domain itself writes out rather than a page: audit and revision notes,
 * kept in Chinese as a record staff read as it was written, and messages sent to a person (SMS, e-mail), in the
 * language of the request that caused them (the portal sets it from the page's URL; Chinese when there is none).
 */
public final class DomainWords {

    private static final ResourceBundleMessageSource DOMAIN = domain();

    private DomainWords() {}

    /** For a stored note: always Chinese. */
    public static String chinese(MessageSourceResolvable message) {
        return DOMAIN.getMessage(message, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A text message to someone, in the language of the request being served, after the signature registered
     * with the carriers ({@code contest.sms.signature}, one in every language).
     */
    public static String textMessage(String code, Object... arguments) {
        Locale language = LocaleContextHolder.getLocale();
        return DOMAIN.getMessage("contest.sms.signature", null, language)
                + DOMAIN.getMessage(code, arguments, language);
    }

    private static ResourceBundleMessageSource domain() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/domain");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
