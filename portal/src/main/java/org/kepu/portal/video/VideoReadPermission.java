package org.kepu.portal.video;

import org.kepu.content.video.Video;
import org.springframework.security.core.Authentication;

/** A feature's say on who may watch a video that is not public, such as a contest entry's. */
public interface VideoReadPermission {

    /** @param viewer the signed-in viewer, or null for an anonymous one */
    boolean mayRead(Video video, Authentication viewer);
}
