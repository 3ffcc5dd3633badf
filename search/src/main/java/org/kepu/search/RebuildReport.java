package org.kepu.search;

import java.time.Duration;

/**
 * The outcome of a {@link SearchIndex#rebuild}.
 *
 * @param documents how many documents were written to the new index
 * @param took how long the rebuild took
 * @param target the new index: a directory for Lucene, an index name behind the alias for Elasticsearch
 */
public record RebuildReport(long documents, Duration took, String target) {}
