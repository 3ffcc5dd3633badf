package org.kepu.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.DomainTexts;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Mongolian version of an article is an article of its own: written, reviewed under the four-eyes
 * rule and published like the original; lists show the work once, by its original, with the
 * published version attached, and {@link PublicItem#in} picks a list's language.
 */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
class ArticleTranslationTests {

    private static final String MONGOLIAN_TITLE = "ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤᠷᠭᠠ";

    @Autowired
    Editorial editorial;

    @Autowired
    Catalog catalog;

    @Test
    void aMongolianVersionIsReviewedOnItsOwnAndThenListedWithItsOriginal() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Article original = published(draft("双语内容测试文章" + tag), "编辑甲");

        Article version = editorial.translate(original.getId(), "mn", draft(MONGOLIAN_TITLE), null, null, "译者乙");
        assertThat(version.getLang()).isEqualTo("mn");
        assertThat(version.getTranslationOf()).isEqualTo(original.getId());
        assertThat(version.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(version.getColumnId()).isEqualTo(original.getColumnId());
        assertThat(catalog.find(ContentKey.article(version.getId())))
                .as("a draft is not public")
                .isEmpty();
        assertThat(catalog.find(ContentKey.article(original.getId()))
                        .orElseThrow()
                        .versions())
                .as("only published versions are shown")
                .isEmpty();

        editorial.submit(version.getId(), "译者乙");
        assertThatThrownBy(() -> editorial.approve(version.getId(), "译者乙", false))
                .as("four eyes on the translation too")
                .satisfies(DomainTexts.saysPart("不能审核自己撰写的文章"));
        assertThat(editorial.approve(version.getId(), "审核丙", false).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);

        PublicItem chinese = catalog.find(ContentKey.article(original.getId())).orElseThrow();
        assertThat(chinese.lang()).isEqualTo("zh");
        assertThat(chinese.versions()).singleElement().satisfies(v -> {
            assertThat(v.lang()).isEqualTo("mn");
            assertThat(v.title()).isEqualTo(MONGOLIAN_TITLE);
            assertThat(v.url()).isEqualTo("/articles/" + version.getId());
        });
        PublicItem mongolian = catalog.find(ContentKey.article(version.getId())).orElseThrow();
        assertThat(mongolian.lang()).isEqualTo("mn");
        assertThat(mongolian.version("zh").orElseThrow().id()).isEqualTo(original.getId());

        List<PublicItem> latest = catalog.latest(ContentType.ARTICLE);
        assertThat(latest).extracting(PublicItem::id).contains(original.getId()).doesNotContain(version.getId());
        PublicItem listed = latest.stream()
                .filter(i -> i.id() == original.getId())
                .findFirst()
                .orElseThrow();
        assertThat(listed.in("mn").title()).isEqualTo(MONGOLIAN_TITLE);
        assertThat(listed.in("mn").url()).isEqualTo("/articles/" + version.getId());
        assertThat(listed.in("mn").version("zh").orElseThrow().url()).isEqualTo("/articles/" + original.getId());
        assertThat(listed.in("zh")).isSameAs(listed);
        assertThat(catalog.all(ContentType.ARTICLE).map(PublicItem::id))
                .as("the sitemap and search see both pages")
                .contains(original.getId(), version.getId());

        editorial.takeOffline(version.getId(), "审核丙");
        assertThat(catalog.find(ContentKey.article(original.getId()))
                        .orElseThrow()
                        .versions())
                .isEmpty();
    }

    @Test
    void oneVersionPerLanguageAndOnlyOfAnOriginal() {
        ArticleDraft forYouth =
                new ArticleDraft("一篇原文", "摘要", "<p>正文</p>", null, null, List.of(), null, null, List.of("youth"), null);
        Article original = editorial.write(forYouth, null, null, "编辑甲");
        Article version = editorial.translate(original.getId(), "mn", draft(MONGOLIAN_TITLE), null, null, "编辑甲");

        assertThatThrownBy(() -> editorial.translate(original.getId(), "mn", draft("再译"), null, null, "编辑甲"))
                .satisfies(DomainTexts.saysPart("已经有这种语言的版本"));
        assertThatThrownBy(() -> editorial.translate(original.getId(), "zh", draft("同语"), null, null, "编辑甲"))
                .satisfies(DomainTexts.saysPart("与原文不同的语言"));
        assertThatThrownBy(() -> editorial.translate(original.getId(), "en", draft("英文"), null, null, "编辑甲"))
                .satisfies(DomainTexts.saysPart("与原文不同的语言"));
        assertThatThrownBy(() -> editorial.translate(version.getId(), "zh", draft("译本的译本"), null, null, "编辑甲"))
                .satisfies(DomainTexts.saysPart("这是一篇译本"));
        assertThat(editorial.versionsOf(version.getId()))
                .extracting(Article::getId)
                .containsExactly(original.getId(), version.getId());
        assertThat(editorial.versionsOf(original.getId()).get(1).getAudienceCodes())
                .as("a version read by its original carries its audiences, as the original's")
                .containsExactly("youth");
    }

    private Article published(ArticleDraft draft, String editor) {
        Article article = editorial.write(draft, null, null, editor);
        editorial.submit(article.getId(), editor);
        return editorial.approve(article.getId(), "审核丁", false);
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(title, "摘要", "<p>正文</p>", null, null, List.of(), null, null, List.of(), null);
    }
}
