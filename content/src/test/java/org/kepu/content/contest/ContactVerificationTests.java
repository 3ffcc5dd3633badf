package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** With a delivery channel plugged in (here one that keeps the messages: the SMS gateway is not ours). */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.test.context=verification"})
@DirtiesContext
class ContactVerificationTests {

    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

    @Autowired
    Creators creators;

    @Autowired
    ContactVerification verification;

    @Autowired
    SentMessages sent;

    @Test
    void aCodeSentAtSignUpVerifiesTheContactAndWrongOnesRunOut() {
        String phone = "135" + String.format("%08d", (long) (Math.random() * 100_000_000L));

        Account account = creators.register(phone, "小明", "{noop}pw", true);

        assertThat(sent.to).containsExactly(phone);
        String code = code(sent.texts.get(0));
        assertThat(creators.profile(account.getId()).orElseThrow().verified()).isFalse();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> verification.verify(account.getId(), wrong))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.says("验证码不正确"));
        verification.verify(account.getId(), code);
        assertThat(creators.profile(account.getId()).orElseThrow().verified()).isTrue();
    }

    @Test
    void theCodeIsSentInTheLanguageOfThePageThatAskedForIt() {
        String mail = ContestFixture.unique("mongolian") + "@example.com";
        LocaleContextHolder.setLocale(Locale.forLanguageTag("mn"));
        try {
            creators.register(mail, "ᠪᠠᠲᠤ", "{noop}pw", true);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        String mongolian = sent.texts.get(sent.to.lastIndexOf(mail));

        assertThat(mongolian)
                .as("the carriers' signature, then Mongolian")
                .startsWith("【伊金霍洛科普】ᠲᠠᠨ ᠤ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠺᠣᠳ᠋ ")
                .doesNotContain("验证码")
                .matches("【伊金霍洛科普】[^\\p{IsHan}]*");
        String chinese = ContestFixture.unique("chinese") + "@example.com";
        creators.register(chinese, "小刚", "{noop}pw", true);
        assertThat(sent.texts.get(sent.to.lastIndexOf(chinese))).startsWith("【伊金霍洛科普】您的验证码是 ");
    }

    @Test
    void fiveWrongAttemptsUseACodeUp() {
        String mail = ContestFixture.unique("verify") + "@example.com";
        Account account = creators.register(mail, "小红", "{noop}pw", true);
        String code = code(sent.texts.get(sent.to.lastIndexOf(mail)));
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < ContactVerification.MAX_ATTEMPTS; i++) {
            assertThatThrownBy(() -> verification.verify(account.getId(), wrong))
                    .satisfies(DomainTexts.says("验证码不正确"));
        }

        assertThatThrownBy(() -> verification.verify(account.getId(), code)).satisfies(DomainTexts.saysPart("已失效"));
        assertThat(verification.send(account.getId())).isTrue();
        verification.verify(account.getId(), code(sent.texts.get(sent.texts.size() - 1)));
        assertThat(creators.profile(account.getId()).orElseThrow().verified()).isTrue();
    }

    private static String code(String text) {
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }

    static class SentMessages implements ContactChannel {
        final List<String> to = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void deliver(String contact, String text) {
            to.add(contact);
            texts.add(text);
        }
    }

    @TestConfiguration
    static class Channel {
        @Bean
        SentMessages sentMessages() {
            return new SentMessages();
        }
    }
}
