package org.kepu.content.editorial;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;

/**
 * The four-eyes rule of review, the same for articles and videos: the author, anyone who saved a
 * revision after the last one approved at every level (all revisions when none was), the submitter,
 * and whoever approved a level of this revision already are not independent of it.
 */
public final class FourEyes {

    /** What is reviewed; the reasons name it ("这篇文章", "这个视频"). */
    public enum Kind {
        ARTICLE,
        VIDEO;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One saved revision: its number and who saved it. */
    public record Change(int number, String editor) {}

    /**
     * Why a reviewer may not approve: a code of the {@code i18n/domain} bundle
     * ({@code editorial.four-eyes.<rule>.<kind>}) and its arguments.
     */
    public record Conflict(String code, List<Object> arguments) implements MessageSourceResolvable {

        public Conflict {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return arguments.toArray();
        }
    }

    private FourEyes() {}

    /**
     * Why {@code reviewer} may not approve the item at its next level; empty when they may.
     *
     * @param changes the revisions, newest first
     * @param approvedRevision the last revision approved at every level, {@code null} when none was
     */
    public static Optional<Conflict> conflict(
            Kind kind,
            String reviewer,
            String author,
            String submitter,
            Integer approvedRevision,
            List<Change> changes,
            Collection<String> approvers) {
        if (reviewer.equals(author)) {
            return Optional.of(conflict("author", kind));
        }
        int approved = approvedRevision == null ? 0 : approvedRevision;
        Optional<Integer> changed = changes.stream()
                .filter(c -> c.number() > approved && reviewer.equals(c.editor()))
                .map(Change::number)
                .findFirst();
        if (changed.isPresent()) {
            // as text: the revision number reads "12", not "12" formatted by the locale
            return Optional.of(conflict("editor", kind, String.valueOf(changed.get())));
        }
        if (reviewer.equals(submitter)) {
            return Optional.of(conflict("submitter", kind));
        }
        if (approvers.contains(reviewer)) {
            return Optional.of(conflict("approver", kind));
        }
        return Optional.empty();
    }

    private static Conflict conflict(String rule, Kind kind, Object... arguments) {
        return new Conflict("editorial.four-eyes." + rule + "." + kind.code(), List.of(arguments));
    }
}
