/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.fieldbridge.core.text.EditDistance;

/**
 * Finds the known spellings closest to a mistyped one by edit distance (Levenshtein), ignoring case first
 * ({@code degc} is closest to {@code degC}) and counting case differences only to break ties.
 */
final class SpellingDistance {

    private SpellingDistance() {
    }

    private record Scored(String spelling, int folded, int exact, int order) {
    }

    /**
     * @param typed      the unknown spelling
     * @param candidates the known spellings, best-liked first (their order breaks the remaining ties)
     * @param limit      how many to return at most
     * @return the candidates at the smallest distance, if that distance is small for the typed length
     */
    static List<String> closest(String typed, List<String> candidates, int limit) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String foldedTyped = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String candidate : new LinkedHashSet<>(candidates)) {
            if (candidate.isBlank() || candidate.equals(typed)) {
                continue;
            }
            int folded = EditDistance.between(foldedTyped, candidate.toLowerCase(Locale.ROOT));
            if (folded <= allowed) {
                scored.add(new Scored(candidate, folded, EditDistance.between(typed, candidate), order));
            }
            order++;
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        scored.sort(Comparator.comparingInt(Scored::folded).thenComparingInt(Scored::exact)
                .thenComparingInt(Scored::order));
        int best = scored.get(0).folded();
        return scored.stream().filter(s -> s.folded() == best).limit(limit).map(Scored::spelling).toList();
    }
}
