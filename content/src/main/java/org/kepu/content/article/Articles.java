package org.kepu.content.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The articles of the platform: writing, publishing and reading them. */
@Service
public class Articles {

    private final ArticleRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Articles(ArticleRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Article create(ArticleDraft draft) {
        return repository.save(Article.draft(draft, clock.instant()));
    }

    /**
     * A draft of the original's version in {@code language}, for loading content such as the demo;
     * writers go through {@code Editorial.translate}, which checks the rules and keeps a revision.
     */
    @Transactional
    public Article createVersion(long originalId, String language, ArticleDraft draft) {
        Article original = repository.findById(originalId).orElseThrow(() -> new ArticleNotFound(originalId));
        return repository.save(original.translation(language, draft, clock.instant()));
    }

    /** Publishes the article and, in the same transaction, asks for it to be indexed. */
    @Transactional
    public Article publish(long id) {
        Article article = repository.findById(id).orElseThrow(() -> new ArticleNotFound(id));
        article.publish(clock.instant());
        Article saved = repository.save(article);
        events.publishEvent(new ArticlePublished(id, "system", null));
        return saved;
    }

    /** A published article, or {@link ArticleNotFound}. */
    @Transactional(readOnly = true)
    public Article published(long id) {
        return repository.findById(id).filter(Article::isPublished).orElseThrow(() -> new ArticleNotFound(id));
    }

    /** Any article, whatever its status, for indexing and editing. */
    @Transactional(readOnly = true)
    public Optional<Article> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Article> latest() {
        return repository.latestPublished();
    }

    /** The latest published articles as cards, in one query (the home page's list). */
    @Transactional(readOnly = true)
    public List<ArticleCard> latestCards() {
        return repository.latestCards(12);
    }

    /** The published articles read most since {@code since} as cards, most read first, in two queries. */
    @Transactional(readOnly = true)
    public List<ArticleCard> mostReadCardsSince(LocalDate since, int limit) {
        List<Long> ids = repository.mostReadSince(since, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleCard> byId = new HashMap<>();
        repository.cardsOf(ids).forEach(card -> byId.put(card.id(), card));
        return ids.stream().map(byId::get).filter(card -> card != null).toList();
    }

    /** The cover keys of those of the articles that have a cover, by id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> coverKeys(Collection<Long> ids) {
        Map<Long, String> covers = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.cardsOf(ids).stream()
                    .filter(card -> card.coverKey() != null)
                    .forEach(card -> covers.put(card.id(), card.coverKey()));
        }
        return covers;
    }

    @Transactional(readOnly = true)
    public Page<Article> inColumn(long columnId, Pageable page) {
        return new PageImpl<>(
                repository.publishedInColumn(columnId, page.getPageSize(), page.getOffset()),
                page,
                repository.countPublishedInColumn(columnId));
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Every published article, for the sitemap (a county's few thousand fit in memory). */
    @Transactional(readOnly = true)
    public List<Article> allPublished() {
        return repository.findByStatusOrderByPublishedAtDesc(ArticleStatus.PUBLISHED);
    }

    /** Up to {@code limit} published articles with an id above {@code afterId}, by id: one page of a walk over all. */
    @Transactional(readOnly = true)
    public List<Article> publishedAfter(long afterId, int limit) {
        return repository.findByStatusAndIdGreaterThanOrderByIdAsc(ArticleStatus.PUBLISHED, afterId, Limit.of(limit));
    }

    /** These articles, in any state, by id. */
    @Transactional(readOnly = true)
    public Map<Long, Article> byIds(Collection<Long> ids) {
        Map<Long, Article> byId = new HashMap<>();
        repository.findAllById(ids).forEach(article -> byId.put(article.getId(), article));
        return byId;
    }

    /** The translations of these originals, in any state, by original. */
    @Transactional(readOnly = true)
    public Map<Long, List<Article>> translationsOf(Collection<Long> originals) {
        if (originals.isEmpty()) {
            return Map.of();
        }
        return repository.findByTranslationOfIn(originals).stream()
                .collect(Collectors.groupingBy(Article::getTranslationOf));
    }

    @Transactional(readOnly = true)
    public Page<Article> inTown(String townCode, Pageable page) {
        return new PageImpl<>(
                repository.publishedInTown(townCode, page.getPageSize(), page.getOffset()),
                page,
                repository.countPublishedInTown(townCode));
    }

    @Transactional(readOnly = true)
    public Page<Article> forAudience(String audienceCode, Pageable page) {
        List<Long> ids = repository.publishedForAudience(audienceCode, page.getPageSize(), page.getOffset());
        return new PageImpl<>(inOrder(ids), page, repository.countPublishedForAudience(audienceCode));
    }

    /** The published articles read most since {@code since}, most read first. */
    @Transactional(readOnly = true)
    public List<Article> mostReadSince(LocalDate since, int limit) {
        return inOrder(repository.mostReadSince(since, limit));
    }

    private List<Article> inOrder(List<Long> ids) {
        Map<Long, Article> byId = new HashMap<>();
        repository.findAllById(ids).forEach(article -> byId.put(article.getId(), article));
        return ids.stream()
                .map(byId::get)
                .filter(a -> a != null && a.isPublished())
                .toList();
    }
}
