package org.kepu.content.jobs;

/** The job types of the platform. Their names are stored in the queue table: never rename one. */
public final class Jobs {

    /** Probe and transcode an uploaded video; data is the video id. */
    public static final JobType<Long> TRANSCODE_VIDEO = new JobType<>("transcode-video", Long.class);

    /** Bring the search index in line with the database for one item; data is e.g. {@code article:12}. */
    public static final JobType<String> INDEX_CONTENT = new JobType<>("index-content", String.class);

    /** Publish an approved article at its scheduled time; data is the article id. */
    public static final JobType<Long> PUBLISH_ARTICLE = new JobType<>("publish-article", Long.class);

    /** Publish an approved video at its scheduled time; data is the video id. */
    public static final JobType<Long> PUBLISH_VIDEO = new JobType<>("publish-video", Long.class);

    /**
     * Remove objects of the blob store nothing points at any more; data is {@code all:<prefix>} for
     * every object under a folder or {@code one:<key>} for one object.
     */
    public static final JobType<String> REMOVE_MEDIA = new JobType<>("remove-media", String.class);

    /**
     * Make the frame an editor picked from the storyboard the poster of a video; data is a
     * {@code org.kepu.content.video.PosterFrame} as text.
     */
    public static final JobType<String> GRAB_POSTER = new JobType<>("grab-poster", String.class);

    private Jobs() {}
}
