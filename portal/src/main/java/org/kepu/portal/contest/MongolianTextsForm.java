package org.kepu.portal.contest;

import jakarta.validation.constraints.Size;
import org.kepu.content.contest.Contest;
import org.kepu.content.text.UnicodeText;

/** A contest's texts in traditional Mongolian, each optional; the rules as Markdown like the Chinese ones. */
record MongolianTextsForm(
        @UnicodeText @Size(max = 200, message = "{contest.admin.mongolian.title.size}")
        String titleMn,

        @UnicodeText @Size(max = 500, message = "{contest.admin.mongolian.theme.size}")
        String themeMn,

        @UnicodeText @Size(max = 20_000, message = "{contest.admin.mongolian.rules.size}")
        String rulesMn) {

    static MongolianTextsForm of(Contest contest) {
        return new MongolianTextsForm(
                contest.mongolian().title(),
                contest.mongolian().theme(),
                contest.mongolian().rulesSource());
    }
}
