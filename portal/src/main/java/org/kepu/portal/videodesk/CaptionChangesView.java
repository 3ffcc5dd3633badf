package org.kepu.portal.videodesk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kepu.content.video.CaptionChange;
import org.kepu.content.video.CaptionCue;
import org.kepu.content.video.CaptionRevisions;
import org.kepu.content.video.CaptionTimes;
import org.kepu.content.video.Captions;
import org.springframework.stereotype.Component;

/**
 * What a reviewer reads of a caption change: the track's cue counts before and after, and the cues
 * the change adds or takes away (a changed cue is both), at most {@value #SHOWN} of each.
 */
@Component
class CaptionChangesView {

    private static final int SHOWN = 50;

    private final CaptionRevisions revisions;
    private final Captions captions;

    CaptionChangesView(CaptionRevisions revisions, Captions captions) {
        this.revisions = revisions;
        this.captions = captions;
    }

    /** One pending change as the desk shows it; {@code added} and {@code removed} are "00:00:01.000 文字" lines. */
    public record Shown(
            CaptionChange change, String label, int before, int after, List<String> added, List<String> removed) {}

    List<Shown> pending(long videoId) {
        return revisions.pending(videoId).stream().map(this::shown).toList();
    }

    private Shown shown(CaptionChange change) {
        Set<String> published = lines(captions.cues(change.videoId(), change.language()));
        Set<String> proposed = lines(revisions.cues(change));
        return new Shown(
                change,
                Captions.label(change.language()),
                published.size(),
                proposed.size(),
                missing(proposed, published),
                missing(published, proposed));
    }

    private static Set<String> lines(List<CaptionCue> cues) {
        Set<String> lines = new LinkedHashSet<>();
        for (CaptionCue cue : cues) {
            lines.add(CaptionTimes.format(cue.startMillis()) + " " + cue.text().replace('\n', ' '));
        }
        return lines;
    }

    private static List<String> missing(Set<String> from, Set<String> in) {
        List<String> out = new ArrayList<>();
        for (String line : from) {
            if (!in.contains(line) && out.size() < SHOWN) {
                out.add(line);
            }
        }
        return out;
    }
}
