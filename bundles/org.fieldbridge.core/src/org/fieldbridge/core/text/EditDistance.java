/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.text;

/**
 * The Levenshtein edit distance that every "did you mean" in Fieldbridge ranks its suggestions by (unit
 * spellings, runtime configuration keys, plant signal names), kept in one place so they all agree.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * @param a one text (compared exactly: fold the case first where case should not count)
     * @param b the other text
     * @return the insertions, deletions and substitutions needed to turn {@code a} into {@code b}
     */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            // Only two rows are needed: swap them instead of allocating a full matrix.
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
