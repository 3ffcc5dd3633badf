package org.kepu.portal.contest;

import org.kepu.content.contest.Entries;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.video.Video;
import org.kepu.portal.video.VideoReadPermission;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The video of an accepted entry is in the public gallery, and so also watchable by the judges, who
 * see only accepted entries; before that only its creator and the editors see it (VideoAccess).
 */
@Component
class EntryVideoPermission implements VideoReadPermission {

    private final Entries entries;

    EntryVideoPermission(Entries entries) {
        this.entries = entries;
    }

    @Override
    public boolean mayRead(Video video, Authentication viewer) {
        return video.isPlayable()
                && entries.byVideo(video.getId())
                        .filter(e -> e.status() == EntryStatus.ACCEPTED)
                        .isPresent();
    }
}
