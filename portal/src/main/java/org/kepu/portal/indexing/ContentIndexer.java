package org.kepu.portal.indexing;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryNotFound;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
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
    private final Entries entries;
    private final Contests contests;
    private final SearchIndex index;
    private final RelatedContent related;

    ContentIndexer(
            Articles articles,
            Videos videos,
            ReferenceNames names,
            Entries entries,
            Contests contests,
            SearchIndex index,
            RelatedContent related) {
        this.related = related;
        this.articles = articles;
        this.videos = videos;
        this.names = names;
        this.entries = entries;
        this.contests = contests;
        this.index = index;
    }

    public void sync(ContentKey key) {
        Optional<SearchDocument> document = switch (key.type()) {
            case ARTICLE -> articles.find(key.id()).filter(Article::isPublished).map(this::document);
            case VIDEO -> videos.find(key.id()).filter(Video::isPublic).map(this::document);
            case ENTRY -> publicEntry(key.id()).map(this::document);
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

    /** An accepted entry is in the public gallery, and so in search, under its contest. */
    private SearchDocument document(Entry entry) {
        Contest contest = contests.get(entry.contestId());
        String track = contest.groupName(entry.groupCode()) + " " + contest.categoryName(entry.categoryCode());
        return new SearchDocument(
                ContentKey.entry(entry.id()).toString(),
                "entry",
                entry.title(),
                entry.summary(),
                entry.summary() + " " + track,
                "/contests/" + contest.slug() + "/entries/" + entry.id(),
                contest.title(),
                List.of(),
                names.townName(entry.townCode()),
                entry.submittedAt(),
                entry.voteCount(),
                entry.updatedAt().toEpochMilli());
    }

    private Optional<Entry> publicEntry(long id) {
        try {
            Entry entry = entries.visible(id);
            boolean playable = entry.videoId() != null
                    && videos.find(entry.videoId()).map(Video::isPlayable).orElse(false);
            return playable ? Optional.of(entry) : Optional.empty();
        } catch (EntryNotFound e) {
            return Optional.empty();
        }
    }

    /** Every public item as a search document, for a full rebuild of the index. */
    public Iterator<SearchDocument> allPublic() {
        Stream<SearchDocument> accepted = contests.all().stream()
                .flatMap(c -> entries.accepted(c.id()).stream())
                .map(this::document);
        return Stream.concat(
                        Stream.concat(
                                articles.allPublished().stream().map(this::document),
                                videos.allPublic().stream().map(this::document)),
                        accepted)
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
            case ENTRY -> findEntry(key.id()).map(Entry::updatedAt);
        };
        return changed.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }

    private Optional<Entry> findEntry(long id) {
        try {
            return Optional.of(entries.get(id));
        } catch (EntryNotFound e) {
            return Optional.empty();
        }
    }

    private static Instant published(Instant at) {
        return at == null ? Instant.EPOCH : at;
    }
}
