package org.kepu.portal.search;

import org.kepu.search.SearchHit;

/**
 * One related item as a card: the hit and its picture, an article's cover key or a video's poster address (either
 * may be null; the card then shows its title on a coloured panel).
 */
public record RelatedCard(SearchHit hit, String coverKey, String poster) {}
