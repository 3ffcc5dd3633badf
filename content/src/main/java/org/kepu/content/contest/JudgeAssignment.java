package org.kepu.content.contest;

/** A judge on a contest, for one group and/or category, or for all when both are null. */
public record JudgeAssignment(
        long contestId, long judgeId, String username, String displayName, String groupCode, String categoryCode) {

    public boolean covers(Entry entry) {
        return (groupCode == null || groupCode.equals(entry.groupCode()))
                && (categoryCode == null || categoryCode.equals(entry.categoryCode()));
    }
}
