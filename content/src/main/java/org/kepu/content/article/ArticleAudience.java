package org.kepu.content.article;

import org.springframework.data.relational.core.mapping.Table;

@Table("article_audience")
record ArticleAudience(String audienceCode) {}
