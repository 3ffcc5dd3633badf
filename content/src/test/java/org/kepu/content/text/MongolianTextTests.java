package org.kepu.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongolianTextTests {

    @Test
    void unicodeMongolianWithItsControlCharactersIsWelcome() {
        // ᠮᠣᠩᠭᠣᠯ, a free variation selector, the vowel separator and NNBSP before a suffix
        String text = "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ\u180B ᠠᠭᠤᠯᠭ\u180Eᠠ ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠶᠢᠨ\u200D 科普 2026";

        assertThat(MongolianText.isUnicode(text)).isTrue();
        assertThat(MongolianText.legacyEncodingAt(text)).isEmpty();
        assertThat(MongolianText.isUnicode(null)).isTrue();
    }

    @Test
    void aMenksoftStylePasteIsFoundAtItsFirstPrivateUseCharacter() {
        String pasted = "标题：\uE2D1\uE27F\uE2B8\uE2F6";

        assertThat(MongolianText.isUnicode(pasted)).isFalse();
        assertThat(MongolianText.legacyEncodingAt(pasted)).hasValue(3);
        assertThat(MongolianText.legacyEncodingAt("\uF8FF")).hasValue(0);
        assertThat(MongolianText.legacyEncodingAt("\uDFFF\uF900")).isEmpty();
    }
}
