package org.kepu.portal.contest;

import java.util.ArrayList;
import java.util.List;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestPhase;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoStatus;
import org.kepu.portal.web.Texts;

/**
 * The steps a creator sees for an entry: upload, transcoding, screening, judging, result, each
 * done, current, waiting or failed, with the reason where one was given. Labels are worded from
 * {@code contest.timeline.*} in the request's language (the status poll sends them as JSON).
 */
public record EntryTimeline(List<Step> steps, String headline, String reason, boolean needsAction) {

    /** One step; {@code state} is done, current, todo or failed (also the CSS class). */
    public record Step(String label, String state) {}

    static EntryTimeline of(Entry entry, Video video, Contest contest, ContestPhase phase, Award award, Texts texts) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(texts, "done", "uploaded"));
        if (entry.status() == EntryStatus.WITHDRAWN) {
            String withdrawn = text(texts, "withdrawn");
            return new EntryTimeline(List.of(new Step(withdrawn, "failed")), withdrawn, null, false);
        }
        VideoStatus videoStatus = video == null ? VideoStatus.FAILED : video.getStatus();
        if (entry.status() == EntryStatus.RETURNED) {
            // an editor may return an entry for its details while the video is still processed
            steps.add(step(texts, videoStatus == VideoStatus.READY ? "done" : "todo", "transcode"));
            steps.add(step(texts, "failed", "returned"));
            return finish(texts, steps, "returned.headline", entry.returnReason(), true, "judging", "result");
        }
        if (videoStatus == VideoStatus.PROCESSING) {
            steps.add(step(texts, "current", "transcoding", String.valueOf(video.getProgress())));
            return finish(texts, steps, "transcoding.headline", null, false, "pending", "judging", "result");
        }
        if (videoStatus != VideoStatus.READY) {
            steps.add(step(texts, "failed", "rejected"));
            String reason =
                    video == null ? text(texts, "no-video") : texts.stored(video.getReason(), video.getReasonCode());
            return finish(texts, steps, "rejected.headline", reason, true, "pending", "judging", "result");
        }
        steps.add(step(texts, "done", "transcoded"));
        if (entry.status() == EntryStatus.PENDING) {
            steps.add(step(texts, "current", "pending"));
            return finish(texts, steps, "pending", null, false, "judging", "result");
        }
        steps.add(step(texts, "done", "accepted"));
        if (!contest.resultsPublished()) {
            boolean judging = phase == ContestPhase.JUDGING || phase == ContestPhase.PUBLICITY;
            steps.add(step(texts, judging ? "current" : "todo", "in-judging"));
            return finish(texts, steps, judging ? "in-judging" : "waiting", null, false, "result");
        }
        steps.add(step(texts, "done", "judged"));
        boolean awarded = award != null && award != Award.NONE;
        String result = awarded ? text(texts, "awarded", texts.of(award)) : text(texts, "not-awarded");
        steps.add(new Step(result, awarded ? "done" : "current"));
        return new EntryTimeline(steps, result, null, false);
    }

    private static EntryTimeline finish(
            Texts texts, List<Step> steps, String headline, String reason, boolean needsAction, String... later) {
        for (String label : later) {
            steps.add(step(texts, "todo", label));
        }
        return new EntryTimeline(steps, text(texts, headline), reason, needsAction);
    }

    private static Step step(Texts texts, String state, String label, Object... arguments) {
        return new Step(text(texts, label, arguments), state);
    }

    private static String text(Texts texts, String key, Object... arguments) {
        return texts.of("contest.timeline." + key, arguments);
    }
}
