package org.kepu.content.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryNotFound;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "is this item public, where does it live, what does it look like in a list".
 * Whether an item is public is each feature's own predicate, asked here and nowhere else:
 * {@link Article#isPublished()}, {@link Video#isPublic()} and {@link Entry#isPublicWith(Video)}.
 * Queries may narrow the candidates in SQL, but every item passes the predicate before it becomes a
 * {@link PublicItem}, so a list can never show what the item page would refuse.
 */
@Service
public class Catalog {

    /** Items read per query when walking all of them, so a rebuild of 100k items stays in bounded memory. */
    static final int PAGE = 500;

    private final Articles articles;
    private final Videos videos;
    private final Entries entries;
    private final Contests contests;

    Catalog(Articles articles, Videos videos, Entries entries, Contests contests) {
        this.articles = articles;
        this.videos = videos;
        this.entries = entries;
        this.contests = contests;
    }

    /** The public item for this key, or empty when it does not exist or the public may not see it. */
    @Transactional(readOnly = true)
    public Optional<PublicItem> find(ContentKey key) {
        return switch (key.type()) {
            case ARTICLE ->
                articles.find(key.id())
                        .flatMap(a -> articleItems(List.of(a)).stream().findFirst());
            case VIDEO -> videos.find(key.id()).flatMap(this::item);
            case ENTRY -> entry(key.id()).flatMap(this::item);
        };
    }

    @Transactional(readOnly = true)
    public boolean isPublic(ContentKey key) {
        return find(key).isPresent();
    }

    /**
     * Whether a video's files may be served to anyone: the video is public itself, or it is the
     * video of a public contest entry (entry videos are never published as videos of their own).
     */
    @Transactional(readOnly = true)
    public boolean mediaIsPublic(long videoId) {
        Video video = videos.find(videoId).orElse(null);
        if (video == null) {
            return false;
        }
        return video.isPublic()
                || entries.byVideo(videoId).filter(e -> e.isPublicWith(video)).isPresent();
    }

    /** The public ones of these items, in the order given; the others drop out silently. */
    @Transactional(readOnly = true)
    public List<PublicItem> curated(List<ContentKey> keys) {
        // a query per type for the whole list, not one per item: related lists and columns show a dozen
        Map<ContentType, List<Long>> ids = keys.stream()
                .collect(Collectors.groupingBy(
                        ContentKey::type, Collectors.mapping(ContentKey::id, Collectors.toList())));
        Map<ContentKey, PublicItem> items = new HashMap<>();
        inPages(
                ids.getOrDefault(ContentType.ARTICLE, List.of()),
                page -> articleItems(List.copyOf(articles.byIds(page).values()))
                        .forEach(item -> items.put(ContentKey.article(item.id()), item)));
        inPages(
                ids.getOrDefault(ContentType.VIDEO, List.of()),
                page -> videos.byIds(page)
                        .values()
                        .forEach(video -> item(video).ifPresent(item -> items.put(ContentKey.video(item.id()), item))));
        for (long id : ids.getOrDefault(ContentType.ENTRY, List.of())) {
            entry(id).flatMap(this::item).ifPresent(item -> items.put(ContentKey.entry(id), item));
        }
        Map<ContentKey, PublicItem> found = new LinkedHashMap<>();
        keys.forEach(key -> Optional.ofNullable(items.get(key)).ifPresent(item -> found.putIfAbsent(key, item)));
        return List.copyOf(found.values());
    }

    /**
     * Every public item, articles first, then videos, then entries, read a page at a time as the
     * stream is consumed (for the sitemap, feeds and a rebuild of the search index).
     */
    public Stream<PublicItem> all() {
        return Stream.of(ContentType.values()).flatMap(this::all);
    }

    /** Every public item of one type, read a page at a time. */
    public Stream<PublicItem> all(ContentType type) {
        return switch (type) {
            case ARTICLE -> pages(after -> articles.publishedAfter(after, PAGE), Article::getId, this::articleItems);
            case VIDEO ->
                pages(
                        after -> videos.playableAfter(after, PAGE),
                        Video::getId,
                        page -> page.stream().flatMap(v -> item(v).stream()).toList());
            case ENTRY ->
                contests.all().stream()
                        .flatMap(c -> entries.accepted(c.id()).stream().flatMap(e -> item(e, c).stream()));
        };
    }

    /** The latest public articles or videos, newest first. */
    @Transactional(readOnly = true)
    public List<PublicItem> latest(ContentType type) {
        return switch (type) {
            case ARTICLE -> articleItems(articles.latest());
            case VIDEO ->
                videos.latest().stream().flatMap(v -> item(v).stream()).toList();
            case ENTRY -> throw new IllegalArgumentException("Entries are listed by contest");
        };
    }

    /** One page of the public articles or videos of a column, newest first. */
    @Transactional(readOnly = true)
    public Page<PublicItem> inColumn(ContentType type, long columnId, Pageable page) {
        return switch (type) {
            case ARTICLE -> publicArticles(articles.inColumn(columnId, page));
            case VIDEO -> publicOnes(videos.inColumn(columnId, page), this::item);
            case ENTRY -> throw new IllegalArgumentException("Entries belong to contests, not columns");
        };
    }

    /** One page of the public articles about a town, newest first. */
    @Transactional(readOnly = true)
    public Page<PublicItem> articlesInTown(String townCode, Pageable page) {
        return publicArticles(articles.inTown(townCode, page));
    }

    /** One page of the public articles for an audience, newest first. */
    @Transactional(readOnly = true)
    public Page<PublicItem> articlesFor(String audienceCode, Pageable page) {
        return publicArticles(articles.forAudience(audienceCode, page));
    }

    /** The public articles read most since a day, most read first. */
    @Transactional(readOnly = true)
    public List<PublicItem> mostReadArticlesSince(LocalDate since, int limit) {
        return articleItems(articles.mostReadSince(since, limit));
    }

    /**
     * The public entries of a contest (its gallery), oldest first, as the contest pages need them:
     * with their group, category and votes.
     */
    @Transactional(readOnly = true)
    public List<Entry> entriesOf(long contestId) {
        return entries.accepted(contestId).stream()
                .filter(e -> e.isPublicWith(videoOf(e)))
                .toList();
    }

    /** A public entry with everything the contest's entry page shows, or empty. */
    @Transactional(readOnly = true)
    public Optional<Entry> publicEntry(long id) {
        return entry(id).filter(e -> e.isPublicWith(videoOf(e)));
    }

    /**
     * The public ones of these articles, in order, each with its public versions in the other
     * language (two queries for the whole list: the works' originals and their translations).
     */
    private List<PublicItem> articleItems(List<Article> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> works = list.stream().map(Article::getWorkId).collect(Collectors.toSet());
        // lists hold originals mostly: load only the originals not in hand (an article costs a query per collection)
        Map<Long, Article> originals = new HashMap<>();
        list.stream().filter(a -> works.contains(a.getId())).forEach(a -> originals.put(a.getId(), a));
        Set<Long> missing =
                works.stream().filter(id -> !originals.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            originals.putAll(articles.byIds(missing));
        }
        Map<Long, List<Article>> translations = articles.translationsOf(works);
        return list.stream()
                .filter(Article::isPublished)
                .map(article -> {
                    List<Article> family = new ArrayList<>();
                    Optional.ofNullable(originals.get(article.getWorkId())).ifPresent(family::add);
                    family.addAll(translations.getOrDefault(article.getWorkId(), List.of()));
                    List<PublicItem.Version> versions = family.stream()
                            .filter(Article::isPublished)
                            .filter(v -> !v.getId().equals(article.getId()))
                            .map(v -> new PublicItem.Version(
                                    v.getLang(), v.getId(), v.getTitle(), v.getSummary(), ItemUrls.article(v.getId())))
                            .toList();
                    return item(article, versions);
                })
                .toList();
    }

    private PublicItem item(Article article, List<PublicItem.Version> versions) {
        return new PublicItem(
                ContentType.ARTICLE,
                article.getId(),
                article.getTitle(),
                article.getSummary(),
                ItemUrls.article(article.getId()),
                null,
                article.getCoverKey(),
                null,
                null,
                article.getColumnId(),
                article.getTownCode(),
                article.getAudienceCodes(),
                article.getPublishedAt(),
                article.getViewCount(),
                article.getUpdatedAt().toEpochMilli(),
                article.getLang(),
                versions);
    }

    /** The page's public articles; the SQL of the page already asked the same, so the total holds. */
    private Page<PublicItem> publicArticles(Page<Article> page) {
        return new PageImpl<>(articleItems(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    private Optional<PublicItem> item(Video video) {
        if (!video.isPublic()) {
            return Optional.empty();
        }
        return Optional.of(new PublicItem(
                ContentType.VIDEO,
                video.getId(),
                video.getTitle(),
                video.getSummary(),
                ItemUrls.video(video.getId()),
                ItemUrls.poster(video.getId()),
                null,
                ItemUrls.mp4(video.getId()),
                video.getDurationSeconds(),
                video.getColumnId(),
                video.getTownCode(),
                video.getAudienceCodes(),
                video.getPublishedAt(),
                video.getViewCount(),
                video.getUpdatedAt().toEpochMilli(),
                "zh",
                mongolianVersion(video)));
    }

    /** A video's Mongolian title and summary are a version on the same page (its media are shared). */
    private static List<PublicItem.Version> mongolianVersion(Video video) {
        if (!video.hasMongolian()) {
            return List.of();
        }
        return List.of(new PublicItem.Version(
                "mn", video.getId(), video.getTitleMn(), video.summaryIn("mn"), ItemUrls.video(video.getId())));
    }

    private Optional<PublicItem> item(Entry entry) {
        return item(entry, contests.get(entry.contestId()));
    }

    private Optional<PublicItem> item(Entry entry, Contest contest) {
        Video video = videoOf(entry);
        if (!entry.isPublicWith(video)) {
            return Optional.empty();
        }
        return Optional.of(new PublicItem(
                ContentType.ENTRY,
                entry.id(),
                entry.title(),
                entry.summary(),
                ItemUrls.entry(contest.slug(), entry.id()),
                ItemUrls.poster(video.getId()),
                entry.coverKey(),
                ItemUrls.mp4(video.getId()),
                video.getDurationSeconds(),
                null,
                entry.townCode(),
                List.of(),
                entry.submittedAt(),
                entry.voteCount(),
                entry.updatedAt().toEpochMilli(),
                "zh",
                List.of()));
    }

    private Video videoOf(Entry entry) {
        return entry.videoId() == null ? null : videos.find(entry.videoId()).orElse(null);
    }

    private Optional<Entry> entry(long id) {
        try {
            return Optional.of(entries.get(id));
        } catch (EntryNotFound e) {
            return Optional.empty();
        }
    }

    /** Hands the ids on {@link #PAGE} at a time, so a long list stays one bounded query each. */
    private static void inPages(List<Long> ids, Consumer<List<Long>> page) {
        for (int from = 0; from < ids.size(); from += PAGE) {
            page.accept(ids.subList(from, Math.min(ids.size(), from + PAGE)));
        }
    }

    /**
     * Walks candidates by ascending id, a page per query, until a page comes back empty; each
     * candidate passes its predicate in {@code toItems}, which gets a page at a time.
     */
    private static <T> Stream<PublicItem> pages(
            LongFunction<List<T>> after, ToLongFunction<T> id, Function<List<T>, List<PublicItem>> toItems) {
        return Stream.iterate(
                        after.apply(0),
                        page -> !page.isEmpty(),
                        page -> page.size() < PAGE ? List.of() : after.apply(id.applyAsLong(page.get(page.size() - 1))))
                .flatMap(page -> toItems.apply(page).stream());
    }

    /** The page's items that pass their predicate; the SQL of the page already asked the same, so the total holds. */
    private static <T> Page<PublicItem> publicOnes(Page<T> page, Function<T, Optional<PublicItem>> toItem) {
        List<PublicItem> items = page.getContent().stream()
                .flatMap(candidate -> toItem.apply(candidate).stream())
                .toList();
        return new PageImpl<>(items, page.getPageable(), page.getTotalElements());
    }
}
