package org.kepu.content.contest;

/** Where an entry stands in screening (初审); the timeline a creator sees adds video and results. */
public enum EntryStatus {
    PENDING("待初审"),
    ACCEPTED("已通过"),
    RETURNED("已退回"),
    WITHDRAWN("已撤回");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
