package org.kepu.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kepu.portal.web.SafeHtml;

/** Word's clipboard HTML (a real Word 2016 shape: lists as paragraphs, spans with fonts, o:p, tables). */
class WordHtmlTests {

    private final String stored = SafeHtml.sanitize(WordHtml.clean(fixture("word-sandstorm.html")));
    private final Element body = Jsoup.parseBodyFragment(stored).body();

    @Test
    void keepsHeadingsParagraphsAndEmphasis() {
        assertThat(body.select("h2").eachText()).containsExactly("沙尘暴天气防护指南", "一、出行前");
        assertThat(body.select("p").first().text())
                .isEqualTo("沙尘暴是我旗春季常见的灾害性天气。出现沙尘暴时，能见度迅速下降，空气中的颗粒物会刺激呼吸道，请尽量减少外出，并做好以下准备。");
        assertThat(body.select("b, strong").eachText()).contains("请尽量减少外出", "沙尘暴预警", "预警等级");
        assertThat(body.select("i, em").eachText()).containsExactly("特别注意：");
    }

    @Test
    void rebuildsNumberedAndBulletedListsWithTheirLevels() {
        Element numbered = body.selectFirst("ol");
        assertThat(numbered.children().eachText().get(0)).isEqualTo("关注气象部门发布的沙尘暴预警信息。");
        assertThat(numbered.select("> li")).hasSize(3);
        assertThat(numbered.select("> li").get(1).select("> ol > li").eachText())
                .as("the level-2 item nests under item 2")
                .containsExactly("用湿毛巾塞住门窗缝隙。");
        assertThat(numbered.select("> li").get(2).text()).isEqualTo("准备好口罩和护目镜。");
        assertThat(body.selectFirst("ul").select("> li").eachText()).containsExactly("老人和儿童", "患有哮喘等呼吸道疾病的人");
        assertThat(stored).as("typed bullets and numbers are gone").doesNotContain("·", "1.", "a)");
    }

    @Test
    void keepsTableStructure() {
        assertThat(body.select("table tr")).hasSize(2);
        assertThat(body.select("table tr").get(1).select("td").eachText()).containsExactly("黄色预警", "中小学停止户外活动，老人减少外出。");
    }

    @Test
    void dropsWordMarkup() {
        assertThat(stored)
                .doesNotContain("o:p", "mso-", "style", "class", "font-family", "宋体", "[if", "endif", "<span", "<font")
                .doesNotContain("WordDocument", "@font-face", "StartFragment");
        assertThat(body.select("p").eachText()).as("no empty paragraphs").doesNotContain("", "\u00a0");
    }

    @Test
    void leavesHtmlFromElsewhereAlone() {
        String html = "<p>普通<span>文本</span></p>";
        assertThat(WordHtml.isWord(html)).isFalse();
        assertThat(WordHtml.clean(html)).isEqualTo(html);
    }

    private static String fixture(String name) {
        try (InputStream in = WordHtmlTests.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
