package org.kepu.portal.curation;

import java.util.List;
import java.util.Optional;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryNotFound;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.springframework.stereotype.Component;

/** Resolves curated items to what readers may see: unpublished or removed items drop out silently. */
@Component
public class CuratedItems {

    private final Articles articles;
    private final Videos videos;
    private final Entries entries;
    private final Contests contests;

    CuratedItems(Articles articles, Videos videos, Entries entries, Contests contests) {
        this.articles = articles;
        this.videos = videos;
        this.entries = entries;
        this.contests = contests;
    }

    public List<CuratedItem> visible(List<ColumnItem> items) {
        return items.stream().flatMap(item -> resolve(item).stream()).toList();
    }

    private Optional<CuratedItem> resolve(ColumnItem item) {
        return switch (item.key().type()) {
            case ARTICLE ->
                articles.find(item.contentId())
                        .filter(Article::isPublished)
                        .map(a -> new CuratedItem(
                                item.id(),
                                "article",
                                a.getTitle(),
                                a.getSummary(),
                                "/articles/" + a.getId(),
                                null,
                                null,
                                item.pinned(),
                                item.featured()));
            case VIDEO ->
                videos.find(item.contentId())
                        .filter(Video::isPublic)
                        .map(v -> new CuratedItem(
                                item.id(),
                                "video",
                                v.getTitle(),
                                v.getSummary(),
                                "/videos/" + v.getId(),
                                "/media/videos/" + v.getId() + "/poster.jpg",
                                "/media/videos/" + v.getId() + "/fallback.mp4",
                                item.pinned(),
                                item.featured()));
            case ENTRY ->
                acceptedEntry(item.contentId())
                        .map(e -> new CuratedItem(
                                item.id(),
                                "entry",
                                e.title(),
                                e.summary(),
                                "/contests/" + contests.get(e.contestId()).slug() + "/entries/" + e.id(),
                                "/media/videos/" + e.videoId() + "/poster.jpg",
                                "/media/videos/" + e.videoId() + "/fallback.mp4",
                                item.pinned(),
                                item.featured()));
        };
    }

    private Optional<Entry> acceptedEntry(long id) {
        try {
            return Optional.of(entries.visible(id));
        } catch (EntryNotFound e) {
            return Optional.empty();
        }
    }
}
