package org.kepu.portal.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.kepu.content.article.ArticleRevision;
import org.springframework.stereotype.Component;

/** What changed between two revisions, line by line of their visible text. */
@Component
class RevisionDiff {

    record Change(String kind, List<String> before, List<String> after) {}

    List<Change> between(ArticleRevision older, ArticleRevision newer) {
        List<String> before = lines(older);
        List<String> after = lines(newer);
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            changes.add(new Change(
                    delta.getType().name(),
                    delta.getSource().getLines(),
                    delta.getTarget().getLines()));
        }
        return changes;
    }

    private static List<String> lines(ArticleRevision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("标题：" + revision.title());
        lines.add("摘要：" + revision.summary());
        Jsoup.parseBodyFragment(revision.bodyHtml()).body().children().forEach(block -> lines.add(block.text()));
        return lines;
    }
}
