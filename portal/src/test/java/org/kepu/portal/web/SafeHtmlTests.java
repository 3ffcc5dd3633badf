package org.kepu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTests {

    private static final String OURS =
            "/media/images/0123456789abcdef0123456789abcdef/480.jpg 480w, /media/images/0123456789abcdef0123456789abcdef/960.jpg 960w";

    @Test
    void keepsSrcsetAndSizesOverOurOwnImages() {
        String html = SafeHtml.sanitize("<img src=\"/media/images/0123456789abcdef0123456789abcdef/960.jpg\" alt=\"风机\""
                + " srcset=\"" + OURS + "\" sizes=\"(max-width: 800px) 100vw, 760px\" width=\"960\" height=\"540\""
                + " loading=\"lazy\">");

        assertThat(html)
                .contains("srcset=\"" + OURS.replace(", ", " , ") + "\"")
                .contains("sizes=\"(max-width: 800px) 100vw, 760px\"")
                .contains("width=\"960\"", "height=\"540\"", "loading=\"lazy\"");
    }

    @Test
    void dropsSrcsetNamingAnyOtherAddress() {
        String html = SafeHtml.sanitize("<img src=\"/media/images/0123456789abcdef0123456789abcdef/960.jpg\" alt=\"风机\""
                + " srcset=\"" + OURS + ", https://tracker.example/pixel.jpg 1600w\" sizes=\"url(x)\">");

        assertThat(html).contains("alt=\"风机\"").doesNotContain("srcset", "tracker", "sizes");
    }
}
