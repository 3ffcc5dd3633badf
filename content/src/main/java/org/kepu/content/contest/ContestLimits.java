package org.kepu.content.contest;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an entry's video may be: checked by file name when it is submitted and by probing in the
 * media worker.
 *
 * @param formats accepted file name extensions, lower case without the dot
 */
public record ContestLimits(
        int maxDurationSeconds, int maxSizeMb, int minShortSide, Set<String> formats, int entriesPerCreator) {

    public ContestLimits {
        if (maxDurationSeconds < 5 || maxDurationSeconds > 3600) {
            throw new ContestRuleBroken("contest.limits.duration");
        }
        if (maxSizeMb < 1 || maxSizeMb > 2048) {
            throw new ContestRuleBroken("contest.limits.size");
        }
        if (minShortSide < 240 || minShortSide > 2160) {
            throw new ContestRuleBroken("contest.limits.resolution");
        }
        if (entriesPerCreator < 1 || entriesPerCreator > 20) {
            throw new ContestRuleBroken("contest.limits.entries-per-creator");
        }
        formats = formats == null
                ? Set.of()
                : formats.stream()
                        .map(f -> f.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                        .filter(f -> !f.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        if (formats.isEmpty() || !formats.stream().allMatch(f -> f.matches("[a-z0-9]{2,5}"))) {
            throw new ContestRuleBroken("contest.limits.formats");
        }
    }

    public boolean accepts(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && formats.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public String formatList() {
        return formats.stream().sorted().collect(Collectors.joining(", "));
    }
}
