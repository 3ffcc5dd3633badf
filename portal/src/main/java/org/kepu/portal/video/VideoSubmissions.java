package org.kepu.portal.video;

import java.security.Principal;
import java.util.List;
import org.kepu.content.account.Account;
import org.kepu.content.account.Role;
import org.kepu.content.upload.Upload;
import org.kepu.content.upload.Uploads;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a finished upload into a video. Staff videos start as drafts that someone else reviews,
 * like staff articles; creators' videos are submitted for review at once.
 */
@Component
public class VideoSubmissions {

    private final Uploads uploads;
    private final Videos videos;
    private final CurrentAccount accounts;

    VideoSubmissions(Uploads uploads, Videos videos, CurrentAccount accounts) {
        this.uploads = uploads;
        this.videos = videos;
        this.accounts = accounts;
    }

    /** The cap on unfinished videos is checked before the upload is used up, and again with the video. */
    @Transactional
    public Video submit(Principal principal, String uploadId, String title, String summary) {
        Account owner = accounts.of(principal);
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

    /** A finished upload becomes the new file of a video, keeping its page, URL and statistics. */
    @Transactional
    public Video replace(Principal principal, long videoId, String uploadId) {
        Account actor = accounts.of(principal);
        Upload upload = uploads.use(uploadId, actor.getId());
        return videos.replaceSource(videoId, upload.getBlobKey(), actor.getUsername());
    }
}
