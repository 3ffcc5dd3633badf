package org.kepu.content.serviceorder;

import java.util.List;

/** One page of a search of the 科普专家库, and how many experts the search found in all. */
public record ExpertPage(List<ExpertView> experts, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
