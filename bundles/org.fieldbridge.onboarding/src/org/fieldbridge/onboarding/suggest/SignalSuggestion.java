/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.suggest;

import java.util.List;

import org.fieldbridge.onboarding.ImportedTag;

/**
 * What the importer suggests for one tag: the equipment and signal names, quantity, unit, kind and data type of
 * the plant signal, with how sure it is and why. Nothing here is final: the .twin file shows it as a comment above
 * the mapping for the engineer to review.
 *
 * @param tag the tag
 * @param equipment the equipment's name ({@code Tank7B})
 * @param signal the signal's name within the equipment ({@code BathTemp})
 * @param quantity the plant metamodel's Quantity literal ({@code temperature})
 * @param unitCode the UNECE common code of the signal's unit ({@code CEL}); empty for none
 * @param unitSpelling the unit as the mapping writes it ({@code degC}); empty for none
 * @param kind {@code measurement}, {@code setpoint}, {@code state} or {@code counter}
 * @param dataType {@code boolean}, {@code integer}, {@code real} or {@code string}
 * @param confidence how sure
 * @param reasons why, in plant words
 * @param review what the engineer must decide (empty when nothing)
 */
public record SignalSuggestion(ImportedTag tag, String equipment, String signal, String quantity, String unitCode,
        String unitSpelling, String kind, String dataType, Confidence confidence, List<String> reasons,
        List<String> review) {

    public SignalSuggestion {
        reasons = List.copyOf(reasons);
        review = List.copyOf(review);
    }

    /**
     * @param newSignal another signal name (after a clash)
     * @param why why it was renamed
     * @return this suggestion with that name, low confidence, and the reason for review
     */
    public SignalSuggestion renamed(String newSignal, String why) {
        List<String> more = new java.util.ArrayList<>(review);
        more.add(why);
        return new SignalSuggestion(tag, equipment, newSignal, quantity, unitCode, unitSpelling, kind, dataType,
                Confidence.LOW, reasons, more);
    }

    /** @return whether the engineer must look at it before trusting it */
    public boolean needsReview() {
        return confidence == Confidence.LOW || !review.isEmpty();
    }
}
