package org.kepu.portal.web;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** The allow-list every stored article body passes through: no script ever reaches a reader. */
public final class SafeHtml {

    private static final String OUR_CANDIDATE = "/media/images/[0-9a-f]{32}/[0-9]{3,4}\\.jpg [0-9]{1,4}w";
    private static final Pattern OUR_SRCSET = Pattern.compile("^" + OUR_CANDIDATE + "( ?, " + OUR_CANDIDATE + ")*$");
    /** Width conditions and lengths only, as {@code (max-width: 800px) 100vw, 760px}. */
    private static final Pattern SIZES =
            Pattern.compile("^(\\(max-width: [0-9]{2,4}px\\) [0-9]{1,3}vw, )*[0-9]{1,4}(px|vw)$");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    // responsive images, but only over our own image variants: a srcset is a list of URLs
                    .allowAttributes("srcset")
                    .matching(OUR_SRCSET)
                    .onElements("img")
                    .allowAttributes("sizes")
                    .matching(SIZES)
                    .onElements("img")
                    .allowAttributes("loading")
                    .matching(Pattern.compile("lazy"))
                    .onElements("img")
                    .allowElements("img")
                    // srcset counts as a URL attribute: without a protocol allowed here it would always go;
                    // the sanitizer writes its candidates back as "url 480w , url 960w"
                    .allowUrlProtocols("https")
                    .toFactory());

    private SafeHtml() {}

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
