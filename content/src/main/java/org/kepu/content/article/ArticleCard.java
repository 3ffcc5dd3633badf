package org.kepu.content.article;

import java.time.Instant;

/** What a list shows of a published article: loaded in one query, without body or audiences. */
public record ArticleCard(long id, String title, String summary, Instant publishedAt, String coverKey) {}
