package org.kepu.portal.indexing;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryNotFound;
import org.kepu.content.pages.PageGeneration;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.video.CaptionCue;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.kepu.portal.search.RelatedContent;
import org.kepu.search.SearchDocument;
import org.kepu.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Brings the search index in line with the database for one item: a public item (as the {@link
 * Catalog} says) is (re)indexed, anything else is removed. Idempotent, so a job that runs twice
 * does no harm.
 */
@Component
public class ContentIndexer {

    private final Catalog catalog;
    private final Articles articles;
    private final Videos videos;
    private final ReferenceNames names;
    private final Entries entries;
    private final Contests contests;
    private final SearchIndex index;
    private final RelatedContent related;
    private final PageGeneration pages;
    private final Captions captions;

    ContentIndexer(
            Catalog catalog,
            Articles articles,
            Videos videos,
            ReferenceNames names,
            Entries entries,
            Contests contests,
            SearchIndex index,
            RelatedContent related,
            PageGeneration pages,
            Captions captions) {
        this.catalog = catalog;
        this.captions = captions;
        this.pages = pages;
        this.related = related;
        this.articles = articles;
        this.videos = videos;
        this.names = names;
        this.entries = entries;
        this.contests = contests;
        this.index = index;
    }

    public void sync(ContentKey key) {
        Optional<PublicItem> item = catalog.find(key);
        item.map(this::document).ifPresentOrElse(index::index, () -> index.delete(key.toString(), versionOf(key)));
        if (key.type() == ContentType.VIDEO) {
            item.flatMap(this::mongolianDocument)
                    .ifPresentOrElse(
                            index::index, () -> index.delete(key.documentId(SearchDocument.MONGOLIAN), versionOf(key)));
        }
        related.forget(); // lists kept from before this write may name a withdrawn item
        // kept search pages were read before this write; every portal drops them
        pages.bump();
        pages.refresh();
    }

    /** Every public item as a search document, for a full rebuild of the index, read as it is indexed. */
    public Iterator<SearchDocument> allPublic() {
        return catalog.all()
                .flatMap(item -> Stream.concat(Stream.of(document(item)), mongolianDocument(item).stream()))
                .iterator();
    }

    /**
     * A video's Mongolian title and summary (and its Mongolian captions) as a document of their own, analysed as
     * Mongolian and found by Mongolian searches; it shares the video's page. Articles' versions are items of their
     * own, so only videos have one.
     */
    private Optional<SearchDocument> mongolianDocument(PublicItem item) {
        if (item.type() != ContentType.VIDEO) {
            return Optional.empty();
        }
        return item.version(SearchDocument.MONGOLIAN)
                .filter(version -> version.id() == item.id())
                .map(version -> {
                    PublicItem shown = item.in(SearchDocument.MONGOLIAN);
                    return document(
                                    item.key().documentId(SearchDocument.MONGOLIAN),
                                    shown,
                                    shown.summary(),
                                    names.columnName(item.columnId()))
                            .withCues(cues(item.id(), SearchDocument.MONGOLIAN));
                });
    }

    private SearchDocument document(PublicItem item) {
        return switch (item.type()) {
            case ARTICLE -> document(item, articleText(item.id()), names.columnName(item.columnId()));
            case VIDEO ->
                document(item, item.summary(), names.columnName(item.columnId()))
                        .withCues(cues(item.id(), SearchDocument.CHINESE));
            case ENTRY -> entryDocument(item);
        };
    }

    /** An entry is found by its contest (as its column) and its group and category. */
    private SearchDocument entryDocument(PublicItem item) {
        Entry entry = entries.get(item.id());
        Contest contest = contests.get(entry.contestId());
        String track = contest.groupName(entry.groupCode()) + " " + contest.categoryName(entry.categoryCode());
        return document(item, item.summary() + " " + track, contest.title());
    }

    private SearchDocument document(PublicItem item, String text, String column) {
        return document(item.key().toString(), item, text, column);
    }

    private SearchDocument document(String id, PublicItem item, String text, String column) {
        return new SearchDocument(
                        id,
                        item.kind(),
                        item.title(),
                        item.summary(),
                        text,
                        item.url(),
                        column,
                        names.audienceNames(item.audienceCodes()),
                        names.townName(item.townCode()),
                        item.publishedAt() == null ? Instant.EPOCH : item.publishedAt(),
                        item.popularity(),
                        item.version())
                // an article's version in Mongolian is analysed as Mongolian
                .inLanguage(item.lang());
    }

    /** The cues of the track in the document's language, whose words a reader of it searches for. */
    private List<SearchDocument.Cue> cues(long videoId, String lang) {
        return captions.cues(videoId, lang).stream().map(ContentIndexer::cue).toList();
    }

    private static SearchDocument.Cue cue(CaptionCue cue) {
        return new SearchDocument.Cue((int) (cue.startMillis() / 1000), cue.text());
    }

    private String articleText(long id) {
        return articles.find(id).map(a -> Jsoup.parse(a.getBodyHtml()).text()).orElse("");
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
}
