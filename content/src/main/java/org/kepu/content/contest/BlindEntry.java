package org.kepu.content.contest;

/**
 * What a judge sees of an entry: a code instead of any name, no unit, town, team or file name.
 * The video itself was re-encoded by the worker, which keeps no metadata of the upload.
 */
public record BlindEntry(
        long entryId,
        long contestId,
        String anonCode,
        String title,
        String summary,
        String groupName,
        String categoryName,
        long videoId,
        ScoreSheet sheet) {

    static BlindEntry of(Contest contest, Entry entry, ScoreSheet sheet) {
        return new BlindEntry(
                entry.id(),
                entry.contestId(),
                entry.anonCode(),
                entry.title(),
                entry.summary(),
                contest.groupName(entry.groupCode()),
                contest.categoryName(entry.categoryCode()),
                entry.videoId(),
                sheet);
    }
}
