package org.kepu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the cues of a hit that match the query's terms, in our code for both engines alike: the cues with the most
 * different terms first, then the most matched text, then the earliest.
 */
final class Moments {

    private Moments() {}

    static List<Moment> of(List<SearchDocument.Cue> cues, List<String> terms) {
        if (cues.isEmpty() || terms.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        for (SearchDocument.Cue cue : cues) {
            List<int[]> matches = Snippets.matches(cue.text(), terms);
            if (!matches.isEmpty()) {
                found.add(new Candidate(cue, distinctTerms(cue.text(), terms), matchedChars(matches), matches));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Candidate::terms)
                        .thenComparingInt(Candidate::chars)
                        .reversed()
                        .thenComparingInt(candidate -> candidate.cue().seconds()))
                .limit(Moment.MAX_PER_HIT)
                .map(candidate -> new Moment(
                        candidate.cue().seconds(),
                        Snippets.window(candidate.cue().text(), candidate.matches())))
                .toList();
    }

    private static int distinctTerms(String text, List<String> terms) {
        int count = 0;
        for (String term : terms) {
            if (!Snippets.matches(text, List.of(term)).isEmpty()) {
                count++;
            }
        }
        return count;
    }

    private static int matchedChars(List<int[]> matches) {
        return matches.stream().mapToInt(range -> range[1] - range[0]).sum();
    }

    private record Candidate(SearchDocument.Cue cue, int terms, int chars, List<int[]> matches) {}
}
