package org.kepu.portal.contest;

import org.kepu.content.contest.Entries;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.contest.Judging;
import org.kepu.content.video.Video;
import org.kepu.portal.video.VideoReadPermission;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The video of an accepted entry is in the public gallery; before that only its creator, the
 * editors and (once accepted) the judges of its group see it.
 */
@Component
class EntryVideoPermission implements VideoReadPermission {

    private final Entries entries;
    private final Judging judging;
    private final CurrentAccount accounts;

    EntryVideoPermission(Entries entries, Judging judging, CurrentAccount accounts) {
        this.entries = entries;
        this.judging = judging;
        this.accounts = accounts;
    }

    @Override
    public boolean mayRead(Video video, Authentication viewer) {
        if (!video.isPlayable()) {
            return false;
        }
        boolean accepted = entries.byVideo(video.getId())
                .filter(e -> e.status() == EntryStatus.ACCEPTED)
                .isPresent();
        return accepted
                || (viewer != null
                        && judging.mayWatch(video.getId(), accounts.of(viewer).getId()));
    }
}
