package org.kepu.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups of terms that mean the same to a searcher ({@code 应急避险 ~ 防灾减灾}, {@code 西红柿 ~ 番茄}). Synonyms
 * are applied to queries only, so editors can change them without a reindex.
 *
 * <p>{@link #groups()} is called for every query: a database-backed source should cache, and return the same list
 * instance until the synonyms change (the index rebuilds its lookup table only when the instance changes).
 */
@FunctionalInterface
public interface SynonymSource {

    /** No synonyms. */
    SynonymSource NONE = List::of;

    /** The current groups; each has at least two terms. */
    List<Set<String>> groups();

    /** The default list shipped in {@code org/kepu/search/synonyms.txt}. */
    static SynonymSource classpathDefault() {
        List<Set<String>> groups = parse(SynonymSource.class.getResourceAsStream("synonyms.txt"));
        return () -> groups;
    }

    /**
     * Reads one group per line, terms separated by commas ({@code ,} or {@code ，}); {@code #} starts a comment.
     */
    static List<Set<String>> parse(InputStream in) {
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Set<String>> groups = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String content = comment < 0 ? line : line.substring(0, comment);
                Set<String> group = Arrays.stream(content.split("[,，]"))
                        .map(String::strip)
                        .filter(term -> !term.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                if (group.size() > 1) {
                    groups.add(Set.copyOf(group));
                }
            }
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms", e);
        }
    }
}
