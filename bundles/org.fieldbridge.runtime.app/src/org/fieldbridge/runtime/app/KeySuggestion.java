/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.fieldbridge.core.text.EditDistance;

/** The known key a mistyped one was probably meant to be (edit distance of at most 3, case ignored). */
final class KeySuggestion {

    private static final int MAX_DISTANCE = 3;

    private KeySuggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : known) {
            int d = EditDistance.between(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
