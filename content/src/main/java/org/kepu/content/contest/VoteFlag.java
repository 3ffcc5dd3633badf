package org.kepu.content.contest;

import java.time.Instant;

/** A burst of votes from one address for an admin to look at. */
public record VoteFlag(
        long id, long contestId, String ip, int accounts, int votes, Instant detectedAt, String reviewedBy) {}
