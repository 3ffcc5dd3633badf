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

/**
 * The steps a creator sees for an entry: 上传 → 转码 → 初审 → 评审 → 结果, each done, current,
 * waiting or failed, with the reason where one was given.
 */
public record EntryTimeline(List<Step> steps, String headline, String reason, boolean needsAction) {

    /** One step; {@code state} is done, current, todo or failed (also the CSS class). */
    public record Step(String label, String state) {}

    static EntryTimeline of(Entry entry, Video video, Contest contest, ContestPhase phase, Award award) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("上传完成", "done"));
        if (entry.status() == EntryStatus.WITHDRAWN) {
            return new EntryTimeline(List.of(new Step("已撤回", "failed")), "已撤回", null, false);
        }
        VideoStatus videoStatus = video == null ? VideoStatus.FAILED : video.getStatus();
        if (entry.status() == EntryStatus.RETURNED) {
            // an editor may return an entry for its details while the video is still processed
            steps.add(new Step("转码", videoStatus == VideoStatus.READY ? "done" : "todo"));
            steps.add(new Step("已退回", "failed"));
            return finish(steps, "已退回，请修改后重新提交", entry.returnReason(), true, "评审", "结果");
        }
        if (videoStatus == VideoStatus.PROCESSING) {
            steps.add(new Step("转码中 " + video.getProgress() + "%", "current"));
            return finish(steps, "转码中", null, false, "待初审", "评审", "结果");
        }
        if (videoStatus != VideoStatus.READY) {
            steps.add(new Step("视频未通过检查", "failed"));
            String reason = video == null ? "视频不存在，请重新上传" : video.getReason();
            return finish(steps, "视频未通过检查，请更换视频", reason, true, "待初审", "评审", "结果");
        }
        steps.add(new Step("转码完成", "done"));
        switch (entry.status()) {
            case PENDING -> {
                steps.add(new Step("待初审", "current"));
                return finish(steps, "待初审", null, false, "评审", "结果");
            }
            default -> steps.add(new Step("初审通过", "done"));
        }
        if (!contest.resultsPublished()) {
            boolean judging = phase == ContestPhase.JUDGING || phase == ContestPhase.PUBLICITY;
            steps.add(new Step("评审中", judging ? "current" : "todo"));
            return finish(steps, judging ? "评审中" : "已通过初审，等待评审", null, false, "结果");
        }
        steps.add(new Step("评审完成", "done"));
        boolean awarded = award != null && award != Award.NONE;
        steps.add(new Step(awarded ? "获奖：" + award.label() : "未获奖", awarded ? "done" : "current"));
        return new EntryTimeline(steps, awarded ? "获奖：" + award.label() : "未获奖", null, false);
    }

    private static EntryTimeline finish(
            List<Step> steps, String headline, String reason, boolean needsAction, String... later) {
        for (String label : later) {
            steps.add(new Step(label, "todo"));
        }
        return new EntryTimeline(steps, headline, reason, needsAction);
    }
}
