package org.kepu.content.contest;

/** The contest's rules for what a creator fills in, with the field each refusal belongs to. */
final class EntryCheck {

    private EntryCheck() {}

    static void check(Contest contest, EntryDraft draft, boolean townExists) {
        if (draft.title().isEmpty() || draft.title().length() > 200) {
            throw new ContestRuleBroken("title", "请填写作品名称（不超过 200 字）");
        }
        if (draft.summary().isEmpty() || draft.summary().length() > 1000) {
            throw new ContestRuleBroken("summary", "请填写作品简介（不超过 1000 字）");
        }
        if (draft.groupCode() == null || contest.group(draft.groupCode()).isEmpty()) {
            throw new ContestRuleBroken("groupCode", "请选择参赛组别");
        }
        if (draft.categoryCode() == null
                || contest.category(draft.categoryCode()).isEmpty()) {
            throw new ContestRuleBroken("categoryCode", "请选择作品类别");
        }
        required(contest, EntryField.UNIT, draft.unit(), "unit");
        required(contest, EntryField.TOWN, draft.townCode(), "townCode");
        required(contest, EntryField.TEAM, draft.teamMembers(), "teamMembers");
        required(contest, EntryField.COVER, draft.coverKey(), "coverKey");
        if (draft.unit() != null && draft.unit().length() > 100) {
            throw new ContestRuleBroken("unit", "单位或学校不能超过 100 字");
        }
        if (draft.teamMembers() != null && draft.teamMembers().length() > 500) {
            throw new ContestRuleBroken("teamMembers", "团队成员不能超过 500 字");
        }
        if (draft.townCode() != null && !townExists) {
            throw new ContestRuleBroken("townCode", "请选择列表中的乡镇");
        }
        if (draft.minor()
                && (draft.guardianName() == null || draft.guardianName().length() > 60)) {
            throw new ContestRuleBroken("guardianName", "未满 18 周岁的作者须填写监护人姓名");
        }
        if (draft.minor() && !draft.guardianConsent()) {
            throw new ContestRuleBroken("guardianConsent", "未满 18 周岁的作者须经监护人同意后参赛");
        }
        if (!draft.originality()) {
            throw new ContestRuleBroken("originality", "请确认作品为原创，且不侵犯他人权利");
        }
    }

    static void checkVideo(Contest contest, EntryVideo video) {
        ContestLimits limits = contest.limits();
        if (!limits.accepts(video.fileName())) {
            throw new ContestRuleBroken("uploadId", "本赛事只接受以下格式的视频：" + limits.formatList());
        }
        if (video.bytes() > limits.maxSizeMb() * 1024L * 1024L) {
            throw new ContestRuleBroken("uploadId", "视频文件超过了本赛事 " + limits.maxSizeMb() + " MB 的上限");
        }
    }

    private static void required(Contest contest, EntryField field, String value, String name) {
        if (contest.requires(field) && value == null) {
            throw new ContestRuleBroken(name, "本赛事要求填写" + field.label());
        }
    }
}
