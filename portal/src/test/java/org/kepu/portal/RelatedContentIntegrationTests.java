package org.kepu.portal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.article.Editorial;
import org.kepu.portal.search.RelatedContent;
import org.kepu.search.SearchHit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Related lists are kept for a minute, yet new and withdrawn articles show in them within seconds. */
class RelatedContentIntegrationTests extends PortalIntegrationTest {

    @Autowired
    RelatedContent related;

    @Autowired
    Articles articles;

    @Autowired
    Editorial editorial;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingAndWithdrawingReachKeptRelatedListsAtOnce() {
        long anchorId = jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        Article anchor = articles.published(anchorId);
        String anchorKey = ContentKey.article(anchorId).toString();
        related.of(anchorKey); // kept from now on

        Article twin = articles.create(new ArticleDraft(
                anchor.getTitle() + "（续）",
                anchor.getSummary(),
                anchor.getBodyHtml(),
                null,
                "伊金霍洛科普编辑部",
                List.of(),
                anchor.getColumnId(),
                anchor.getTownCode(),
                anchor.getAudienceCodes(),
                null));
        articles.publish(twin.getId());
        String twinUrl = "/articles/" + twin.getId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> urls(related.of(anchorKey)).contains(twinUrl));

        editorial.takeOffline(twin.getId(), "测试编辑");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !urls(related.of(anchorKey)).contains(twinUrl));
    }

    private static List<String> urls(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::url).toList();
    }
}
