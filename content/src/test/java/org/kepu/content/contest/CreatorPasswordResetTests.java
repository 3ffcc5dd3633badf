package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.ApiTokens;
import org.kepu.content.contest.ContactVerificationTests.SentMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** A creator resets a forgotten password through their verified contact, with a test channel. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.test.context=password-reset"})
@Import(ContactVerificationTests.Channel.class)
@DirtiesContext
class CreatorPasswordResetTests {

    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

    @Autowired
    Creators creators;

    @Autowired
    ContactVerification verification;

    @Autowired
    CreatorPasswordReset reset;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SentMessages sent;

    @Test
    void aCodeSentToTheVerifiedContactSetsANewPasswordAndEndsTokensAndSessions() {
        String mail = ContestFixture.unique("reset") + "@example.com";
        Account creator = creators.register(mail, "小明", "{noop}old", true);
        verification.markVerified(creator.getId(), "工作人员");
        tokens.issue(creator.getId(), "脚本");
        long stamp = accounts.findById(creator.getId()).orElseThrow().getSecurityStamp();

        reset.sendCode(" " + mail.toUpperCase() + " ");
        assertThat(sent.to.get(sent.to.size() - 1)).isEqualTo(mail);
        String code = code(sent.texts.get(sent.texts.size() - 1));
        reset.reset(mail, code, "{noop}new");

        Account after = accounts.findById(creator.getId()).orElseThrow();
        assertThat(after.getPasswordHash()).isEqualTo("{noop}new");
        assertThat(after.isPasswordTemporary()).isFalse();
        assertThat(after.getSecurityStamp()).isGreaterThan(stamp);
        assertThat(tokens.of(creator.getId())).isEmpty();
        assertThatThrownBy(() -> reset.reset(mail, code, "{noop}again"))
                .as("a code works once")
                .isInstanceOf(ContestRuleBroken.class);
    }

    @Test
    void anUnverifiedOrUnknownContactGetsNoCodeAndWrongCodesRunOut() {
        String unverified = ContestFixture.unique("unverified") + "@example.com";
        creators.register(unverified, "小红", "{noop}old", true);
        int before = sent.texts.size();

        reset.sendCode(unverified);
        reset.sendCode(ContestFixture.unique("nobody") + "@example.com");
        assertThat(sent.texts).hasSize(before);

        String mail = ContestFixture.unique("guess") + "@example.com";
        Account creator = creators.register(mail, "小刚", "{noop}old", true);
        verification.markVerified(creator.getId(), "工作人员");
        reset.sendCode(mail);
        String code = code(sent.texts.get(sent.texts.size() - 1));
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < CreatorPasswordReset.MAX_ATTEMPTS; i++) {
            assertThatThrownBy(() -> reset.reset(mail, wrong, "{noop}new")).satisfies(DomainTexts.says("验证码不正确"));
        }
        assertThatThrownBy(() -> reset.reset(mail, code, "{noop}new")).satisfies(DomainTexts.saysPart("已失效"));
        assertThat(accounts.findById(creator.getId()).orElseThrow().getPasswordHash())
                .isEqualTo("{noop}old");
    }

    private static String code(String text) {
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }
}
