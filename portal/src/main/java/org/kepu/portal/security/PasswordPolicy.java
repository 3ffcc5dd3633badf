package org.kepu.portal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.MessageResolver;
import org.passay.PasswordData;
import org.passay.PasswordGenerator;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (GB/T 22239 level 2): long enough, mixing character classes, not one of
 * the common passwords in {@code security/common-passwords.txt}, not containing the login name.
 * Every broken rule has its own Chinese message ({@code password.rule.*}). Also makes the temporary
 * passwords administrators hand out, which always satisfy the policy.
 */
@Component
@EnableConfigurationProperties(PasswordSettings.class)
public class PasswordPolicy {

    static final int MAX_LENGTH = 128;
    private static final int TEMPORARY_LENGTH = 16;

    private final PasswordSettings settings;
    private final PasswordValidator validator;
    private final List<CharacterRule> temporaryRules;
    private final PasswordGenerator generator = new PasswordGenerator(new SecureRandom());

    PasswordPolicy(PasswordSettings settings, MessageSource messages) {
        this.settings = settings;
        CharacterCharacteristicsRule classes = new CharacterCharacteristicsRule(
                settings.characterClasses(),
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1));
        // "3 of 4 classes" is one rule to a person: no separate "needs an upper-case letter" lines
        classes.setReportRuleFailures(false);
        MessageResolver wording = detail -> messages.getMessage(
                "password.rule." + detail.getErrorCode(),
                detail.getValues(),
                detail.getErrorCode(),
                LocaleContextHolder.getLocale());
        this.validator = new PasswordValidator(
                wording,
                new LengthRule(settings.minLength(), MAX_LENGTH),
                classes,
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords())));
        this.temporaryRules = List.of(
                new CharacterRule(Unambiguous.UPPER, 2),
                new CharacterRule(Unambiguous.LOWER, 2),
                new CharacterRule(Unambiguous.DIGIT, 2));
    }

    /** The rules {@code password} breaks for the account {@code username}, as Chinese sentences; empty when it is fine. */
    public List<String> problems(String username, String password) {
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        return result.isValid() ? List.of() : List.copyOf(validator.getMessages(result));
    }

    public int minLength() {
        return settings.minLength();
    }

    public int characterClasses() {
        return settings.characterClasses();
    }

    /** A random password that satisfies the policy, without look-alike characters (0/O, 1/l/I). */
    public String temporaryPassword() {
        return generator.generatePassword(TEMPORARY_LENGTH, temporaryRules);
    }

    private static ArrayWordList commonPasswords() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String[] words = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("security/common-passwords.txt is part of the portal", e);
        }
    }

    private enum Unambiguous implements CharacterData {
        UPPER("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        LOWER("abcdefghijkmnpqrstuvwxyz"),
        DIGIT("23456789");

        private final String characters;

        Unambiguous(String characters) {
            this.characters = characters;
        }

        @Override
        public String getErrorCode() {
            return "INSUFFICIENT_" + name();
        }

        @Override
        public String getCharacters() {
            return characters;
        }
    }
}
