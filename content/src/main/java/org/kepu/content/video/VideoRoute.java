package org.kepu.content.video;

/** How a new video starts its editorial life. */
public enum VideoRoute {
    /** A creator's own video: submitted for review on upload, reviewable once transcoded. */
    REVIEW,
    /** A staff upload: a draft that an editor submits and someone else reviews, like a staff article. */
    DRAFT,
    /** A contest entry's video: its publication is the entry's. */
    CONTEST_ENTRY,
    /** Demo and system content: public as soon as it is transcoded. */
    DIRECT
}
