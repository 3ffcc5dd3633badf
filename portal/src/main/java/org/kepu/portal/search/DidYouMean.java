package org.kepu.portal.search;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.kepu.content.EditDistance;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.kepu.search.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * 您是不是要找: for letters typed in place of characters ({@code yingji} → 应急避险), the term or title whose pinyin
 * they spell; for a search that found nothing, the term or title words closest by edit distance (应急壁险 → 应急避险).
 * Terms are the hot searches and the synonym groups; a suggestion is offered only if it finds something.
 */
@Component
class DidYouMean {

    private static final int LONGEST = 24;
    private static final HanyuPinyinOutputFormat TONELESS = new HanyuPinyinOutputFormat();

    static {
        TONELESS.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        TONELESS.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        TONELESS.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final SearchIndex index;
    private final SearchPageSettings settings;
    private final EditorSynonyms synonyms;

    DidYouMean(SearchIndex index, SearchPageSettings settings, EditorSynonyms synonyms) {
        this.index = index;
        this.settings = settings;
        this.synonyms = synonyms;
    }

    Optional<String> of(String text, long found) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            Optional<String> suggestion = isPinyin(typed) ? fromPinyin(typed) : closest(typed, found);
            return suggestion.filter(s -> !s.equals(typed) && finds(s));
        } catch (SearchIndexUnavailable e) {
            return Optional.empty();
        }
    }

    private static boolean isPinyin(String text) {
        return text.matches("[A-Za-z' ]{2,}");
    }

    private Optional<String> fromPinyin(String typed) {
        String letters = typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        Optional<String> term = terms().filter(t -> pinyin(t).startsWith(letters))
                .min(Comparator.comparingInt(t -> pinyin(t).length()));
        return term.or(() -> index.suggest(letters, 1).stream().findFirst());
    }

    /**
     * With nothing found, any term or title piece near enough; with something found (the analyzer matched a part),
     * only a term of the same length one character away, so a real phrase is not "corrected" into a shorter one.
     */
    private Optional<String> closest(String typed, long found) {
        if (found > 0 && typed.length() < 3) {
            return Optional.empty();
        }
        int allowed = found > 0 ? 1 : Math.max(1, typed.length() / 3);
        Stream<String> candidates = found > 0
                ? terms().filter(t -> t.length() == typed.length())
                : Stream.concat(terms(), titleWords(typed));
        return candidates
                .filter(t -> !t.equals(typed))
                .map(t -> new Candidate(t, EditDistance.between(typed, t)))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::text);
    }

    /** Pieces of suggested titles as long as the typed text: a typo inside a title's phrase is found, too. */
    private Stream<String> titleWords(String typed) {
        String first = typed.substring(0, 1);
        String last = typed.substring(typed.length() - 1);
        Set<String> pieces = new LinkedHashSet<>();
        for (String prefix : List.of(first, last)) {
            for (String title : index.suggest(prefix, 10)) {
                for (int start = 0; start + typed.length() <= title.length(); start++) {
                    pieces.add(title.substring(start, start + typed.length()));
                }
            }
        }
        return pieces.stream();
    }

    private Stream<String> terms() {
        Set<String> terms = new LinkedHashSet<>(settings.hotSearches());
        synonyms.groups().forEach(terms::addAll);
        return terms.stream().filter(t -> t.length() <= LONGEST);
    }

    private boolean finds(String text) {
        return index.search(new SearchQuery(text, 1, 1)).total() > 0;
    }

    static String pinyin(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, TONELESS);
                out.append(
                        readings == null || readings.length == 0
                                ? String.valueOf(c).toLowerCase(Locale.ROOT)
                                : readings[0]);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("The toneless lower-case format is valid", e);
            }
        }
        return out.toString();
    }

    private record Candidate(String text, int distance) {}
}
