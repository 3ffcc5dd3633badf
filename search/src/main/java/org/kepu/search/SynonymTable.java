package org.kepu.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonym groups as token sequences (the same {@link TextAnalysis#grams} a query is made of), so a synonym is found
 * in a query however it is written ({@code COVID-19}, {@code 新冠}).
 */
final class SynonymTable {

    private final Map<String, List<List<String>>> byFirstToken = new HashMap<>();
    private final Map<List<String>, List<List<String>>> groupOf = new HashMap<>();

    SynonymTable(List<Set<String>> groups) {
        for (Set<String> group : groups) {
            List<List<String>> members = new ArrayList<>();
            for (String term : group) {
                List<String> tokens = TextAnalysis.grams(term);
                if (!tokens.isEmpty()) {
                    members.add(tokens);
                }
            }
            for (List<String> member : members) {
                groupOf.put(member, members);
                byFirstToken
                        .computeIfAbsent(member.get(0), k -> new ArrayList<>())
                        .add(member);
            }
        }
    }

    /** The longest synonym term that starts at {@code from} in {@code tokens}, or {@code null}. */
    List<String> longestAt(List<String> tokens, int from) {
        List<String> best = null;
        for (List<String> candidate : byFirstToken.getOrDefault(tokens.get(from), List.of())) {
            int end = from + candidate.size();
            if (end <= tokens.size()
                    && tokens.subList(from, end).equals(candidate)
                    && (best == null || candidate.size() > best.size())) {
                best = candidate;
            }
        }
        return best;
    }

    /** The group of a term found by {@link #longestAt}, the term first. */
    List<List<String>> group(List<String> term) {
        List<List<String>> group = new ArrayList<>();
        group.add(term);
        for (List<String> member : groupOf.getOrDefault(term, List.of())) {
            if (!member.equals(term)) {
                group.add(member);
            }
        }
        return group;
    }
}
