package org.kepu.content.video;

import java.util.List;
import org.kepu.content.account.Account;
import org.kepu.content.account.Role;
import org.kepu.content.upload.Upload;
import org.kepu.content.upload.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finished upload becomes a video, or the new file of one, in one transaction: the upload is
 * used up only together with the video that holds it. Staff uploads start as drafts, everyone
 * else's go to review ({@link VideoRoute}).
 */
@Service
public class VideoUploads {

    private final Uploads uploads;
    private final Videos videos;

    VideoUploads(Uploads uploads, Videos videos) {
        this.uploads = uploads;
        this.videos = videos;
    }

    /**
     * The cap on unfinished videos is checked before the upload is used up, and again with the video.
     *
     * @throws TooManyUnfinishedVideos if the owner has as many videos in transcoding as allowed
     */
    @Transactional
    public Video submit(Account owner, String uploadId, String title, String summary) {
        videos.requireRoomFor(owner.getId());
        Upload upload = uploads.use(uploadId, owner.getId());
        boolean staff =
                owner.getRoles().contains(Role.EDITOR) || owner.getRoles().contains(Role.ADMIN);
        return videos.submit(new NewVideo(
                title.strip(),
                summary == null ? "" : summary.strip(),
                null,
                null,
                List.of(),
                owner.getId(),
                upload.getBlobKey(),
                staff ? VideoRoute.DRAFT : VideoRoute.REVIEW));
    }

    /** The upload becomes the new file of a video, keeping its page, URL and statistics. */
    @Transactional
    public Video replace(Account actor, long videoId, String uploadId) {
        Upload upload = uploads.use(uploadId, actor.getId());
        return videos.replaceSource(videoId, upload.getBlobKey(), actor.getUsername());
    }
}
