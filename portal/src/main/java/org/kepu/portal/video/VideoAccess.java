package org.kepu.portal.video;

import org.kepu.content.catalog.Catalog;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.Videos;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see a video: everyone once the {@link Catalog} says its media are public (a public video,
 * or the video of a public contest entry, which the judges see too); before that and after a
 * withdrawal only its owner and the editors, who preview it. Anyone else gets "not found", so ids of
 * unpublished videos reveal nothing.
 */
@Component
public class VideoAccess {

    /** A video the viewer may see, and whether everyone may (then it is counted and cached publicly). */
    public record Readable(Video video, boolean isPublic) {}

    private final Videos videos;
    private final Catalog catalog;
    private final CurrentAccount accounts;

    VideoAccess(Videos videos, Catalog catalog, CurrentAccount accounts) {
        this.videos = videos;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    public Video readable(long id, Authentication viewer) {
        return read(id, viewer).video();
    }

    public Readable read(long id, Authentication viewer) {
        Video video = videos.find(id).orElseThrow(() -> new VideoNotFound(id));
        boolean isPublic = catalog.mediaIsPublic(id);
        if (isPublic || isStaff(viewer) || isOwner(video, viewer)) {
            return new Readable(video, isPublic);
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
