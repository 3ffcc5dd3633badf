package org.kepu.portal.video;

import java.util.List;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see a video: everyone once it is public; before that its owner, the editors and whoever
 * a {@link VideoReadPermission} lets in (e.g. the judges of a contest entry). Anyone else gets "not
 * found", so ids of unpublished videos reveal nothing.
 */
@Component
public class VideoAccess {

    private final Videos videos;
    private final CurrentAccount accounts;
    private final List<VideoReadPermission> permissions;

    VideoAccess(Videos videos, CurrentAccount accounts, List<VideoReadPermission> permissions) {
        this.videos = videos;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    public Video readable(long id, Authentication viewer) {
        Video video = videos.find(id).orElseThrow(() -> new VideoNotFound(id));
        if (video.isPublic()
                || isStaff(viewer)
                || isOwner(video, viewer)
                || permissions.stream().anyMatch(p -> p.mayRead(video, signedIn(viewer) ? viewer : null))) {
            return video;
        }
        throw new VideoNotFound(id);
    }

    /** A video the viewer may change (captions, details): its owner's or, for editors, any. */
    public Video editable(long id, Authentication viewer) {
        Video video = videos.find(id).orElseThrow(() -> new VideoNotFound(id));
        if (isStaff(viewer) || isOwner(video, viewer)) {
            return video;
        }
        throw new VideoNotFound(id);
    }

    private static boolean signedIn(Authentication viewer) {
        return viewer != null && viewer.isAuthenticated() && !(viewer instanceof AnonymousAuthenticationToken);
    }

    private static boolean isStaff(Authentication viewer) {
        return signedIn(viewer)
                && viewer.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR")
                                || a.getAuthority().equals("ROLE_ADMIN"));
    }

    private boolean isOwner(Video video, Authentication viewer) {
        return signedIn(viewer)
                && video.getOwnerId() != null
                && video.getOwnerId().equals(accounts.of(viewer).getId());
    }
}
