/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import org.fieldbridge.onboarding.suggest.SignalSuggestion;

/**
 * One signal an import adds: the suggestion (names, quantity, unit, why) and the connection it is read through.
 *
 * @param suggestion what the tag probably is
 * @param connection the connection's name
 * @param source the source as the mapping writes it ({@code holding 40007}, {@code "ns=2;s=Zone1.Temp"})
 */
public record PlannedSignal(SignalSuggestion suggestion, String connection, String source) {

    /** @return the equipment's name */
    public String equipment() {
        return suggestion.equipment();
    }

    /** @return the signal's name */
    public String signal() {
        return suggestion.signal();
    }

    /** @return the tag */
    public ImportedTag tag() {
        return suggestion.tag();
    }
}
