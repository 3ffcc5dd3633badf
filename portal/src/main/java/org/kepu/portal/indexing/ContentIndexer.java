package org.kepu.portal.indexing;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.kepu.portal.reference.ReferenceNames;
import org.kepu.portal.search.RelatedContent;
import org.kepu.search.SearchDocument;
import org.kepu.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Brings the search index in line with the database for one item: a public item is (re)indexed,
 * anything else is removed. Idempotent, so a job that runs twice does no harm.
 */
@Component
public class ContentIndexer {

    private final Articles articles;
    private final Videos videos;
    private final ReferenceNames names;
    private final SearchIndex index;
    private final RelatedContent related;

    ContentIndexer(Articles articles, Videos videos, ReferenceNames names, SearchIndex index, RelatedContent related) {
        this.related = related;
        this.articles = articles;
        this.videos = videos;
        this.names = names;
        this.index = index;
    }

    public void sync(ContentKey key) {
        Optional<SearchDocument> document = switch (key.type()) {
            case ARTICLE -> articles.find(key.id()).filter(Article::isPublished).map(this::document);
            case VIDEO -> videos.find(key.id()).filter(Video::isPublic).map(this::document);
            case ENTRY -> Optional.empty();
        };
        document.ifPresentOrElse(index::index, () -> index.delete(key.toString(), versionOf(key)));
        related.forget(); // lists kept from before this write may name a withdrawn item
    }

    private SearchDocument document(Article article) {
        return new SearchDocument(
                ContentKey.article(article.getId()).toString(),
                "article",
                article.getTitle(),
                article.getSummary(),
                Jsoup.parse(article.getBodyHtml()).text(),
                "/articles/" + article.getId(),
                names.columnName(article.getColumnId()),
                names.audienceNames(article.getAudienceCodes()),
                names.townName(article.getTownCode()),
                published(article.getPublishedAt()),
                article.getViewCount(),
                article.getUpdatedAt().toEpochMilli());
    }

    private SearchDocument document(Video video) {
        return new SearchDocument(
                ContentKey.video(video.getId()).toString(),
                "video",
                video.getTitle(),
                video.getSummary(),
                video.getSummary(),
                "/videos/" + video.getId(),
                names.columnName(video.getColumnId()),
                names.audienceNames(video.getAudienceCodes()),
                names.townName(video.getTownCode()),
                published(video.getPublishedAt()),
                video.getViewCount(),
                video.getUpdatedAt().toEpochMilli());
    }

    /** Every public item as a search document, for a full rebuild of the index. */
    public Iterator<SearchDocument> allPublic() {
        return Stream.concat(
                        articles.allPublished().stream().map(this::document),
                        videos.allPublic().stream().map(this::document))
                .iterator();
    }

    /**
     * The version of a removal: the item's last change, so that a later publication wins over it
     * and an older, delayed index job cannot bring back what was taken down.
     */
    private long versionOf(ContentKey key) {
        Optional<Instant> changed = switch (key.type()) {
            case ARTICLE -> articles.find(key.id()).map(Article::getUpdatedAt);
            case VIDEO -> videos.find(key.id()).map(Video::getUpdatedAt);
            case ENTRY -> Optional.empty();
        };
        return changed.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }

    private static Instant published(Instant at) {
        return at == null ? Instant.EPOCH : at;
    }
}
