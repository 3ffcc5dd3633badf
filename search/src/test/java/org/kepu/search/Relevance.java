package org.kepu.search;

import java.util.List;
import java.util.Map;

/** nDCG@k (gain 2^grade − 1, log2 discount) and recall@k (grade ≥ 1 counts as relevant). */
final class Relevance {

    private Relevance() {}

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal =
                grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) > 0)
                .count();
        return relevant == 0 ? 0 : (double) found / Math.min(relevant, k);
    }

    /** |a ∩ b| / max(|a|, |b|) of two top-k lists; 1 when both are empty. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / Math.max(a.size(), b.size());
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
