package org.kepu.content.editorial;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The four-eyes rule of review, the same for articles and videos: the author, anyone who saved a
 * revision after the last one approved at every level (all revisions when none was), the submitter,
 * and whoever approved a level of this revision already are not independent of it.
 */
public final class FourEyes {

    /** How the reasons name the item, e.g. 这篇文章. */
    public record Wording(String ownItem, String thisItem, String kind, String sameItem) {

        public static final Wording ARTICLE = new Wording("自己撰写的文章", "这篇文章", "文章", "同一篇文章");
        public static final Wording VIDEO = new Wording("自己上传的视频", "这个视频", "视频", "同一个视频");
    }

    /** One saved revision: its number and who saved it. */
    public record Change(int number, String editor) {}

    private FourEyes() {}

    /**
     * Why {@code reviewer} may not approve the item at its next level, as Chinese text; empty when
     * they may.
     *
     * @param changes the revisions, newest first
     * @param approvedRevision the last revision approved at every level, {@code null} when none was
     */
    public static Optional<String> conflict(
            Wording wording,
            String reviewer,
            String author,
            String submitter,
            Integer approvedRevision,
            List<Change> changes,
            Collection<String> approvers) {
        if (reviewer.equals(author)) {
            return Optional.of("不能审核" + wording.ownItem() + "。");
        }
        int approved = approvedRevision == null ? 0 : approvedRevision;
        Optional<Integer> changed = changes.stream()
                .filter(c -> c.number() > approved && reviewer.equals(c.editor()))
                .map(Change::number)
                .findFirst();
        if (changed.isPresent()) {
            return Optional.of("您在上次审核通过后修改过" + wording.thisItem() + "（第 " + changed.get() + " 版）；按“四眼原则”，修改过"
                    + wording.kind() + "的人不能审核它，请由其他审核人审核。");
        }
        if (reviewer.equals(submitter)) {
            return Optional.of(wording.thisItem() + "是您提交审核的；按“四眼原则”，提交人不能审核它，请由其他审核人审核。");
        }
        if (approvers.contains(reviewer)) {
            return Optional.of("同一审核人不能审核" + wording.sameItem() + "的两个级别。");
        }
        return Optional.empty();
    }
}
