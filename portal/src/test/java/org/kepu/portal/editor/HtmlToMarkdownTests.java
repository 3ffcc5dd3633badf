package org.kepu.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.kepu.portal.web.SafeHtml;

/** Bodies stored only as HTML open in the editor as Markdown that renders back to the same article. */
class HtmlToMarkdownTests {

    private static final String IMAGE = "/media/images/0123456789abcdef0123456789abcdef/960.jpg";

    @Test
    void storedHtmlReadsAsMarkdownWithoutEntitiesAndRoundTrips() {
        String stored = SafeHtml.sanitize("<h2>一、出行前</h2><p>沙尘暴来临时，<strong>关好门窗</strong>，少出门……不信“偏方”——听医生的。</p>"
                + "<ul><li>老人和儿童</li><li>呼吸道疾病患者</li></ul><blockquote><p>请转告家人。</p></blockquote>"
                + "<p><img src=\"" + IMAGE + "\" alt=\"沙尘中的草原\"></p>"
                + "<table><thead><tr><th>等级</th><th>能见度</th></tr></thead>"
                + "<tbody><tr><td>强沙尘暴</td><td>小于 500 米</td></tr></tbody></table>");
        assertThat(stored).contains("&#xff0c;");

        String markdown = HtmlToMarkdown.convert(stored);

        assertThat(markdown)
                .doesNotContain("&#", "<p>", "<h2>")
                .contains("## 一、出行前", "沙尘暴来临时，**关好门窗**，少出门……不信“偏方”——听医生的。", "* 老人和儿童", "> 请转告家人。")
                .contains("![沙尘中的草原](" + IMAGE + ")", "| 强沙尘暴 |");
        String rendered = SafeHtml.sanitize(render(markdown));
        assertThat(rendered).contains("<h2>", "<strong>", "<li>", "<blockquote>", "<table>", "alt=\"沙尘中的草原\"");
        assertThat(HtmlToMarkdown.convert(rendered)).isEqualTo(markdown);
    }

    private static String render(String markdown) {
        var tables = List.of(TablesExtension.create());
        return HtmlRenderer.builder()
                .extensions(tables)
                .build()
                .render(Parser.builder().extensions(tables).build().parse(markdown));
    }
}
