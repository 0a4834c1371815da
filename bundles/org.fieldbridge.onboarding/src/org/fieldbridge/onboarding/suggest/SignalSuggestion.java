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

    /** How the first reason of a suggestion the engineer edited starts. */
    public static final String EDITED = "edited in the import review";

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

    /**
     * The suggestion as the engineer changed it in a review: the names, quantity and unit given replace the
     * suggested ones; the review notes are answered (the engineer looked at this tag) and the reasons say what was
     * suggested, so that the .twin's comment keeps both.
     *
     * @param newEquipment the equipment's name
     * @param newSignal the signal's name
     * @param newQuantity the quantity literal
     * @param newUnitCode the unit's UNECE code, empty for none
     * @return the edited suggestion
     */
    public SignalSuggestion edited(String newEquipment, String newSignal, String newQuantity, String newUnitCode) {
        List<String> why = new java.util.ArrayList<>();
        why.add(EDITED + " (suggested " + equipment + "." + signal + ", " + quantity
                + (unitSpelling.isEmpty() ? "" : " in " + unitSpelling.replace("\"", "")) + ")");
        why.addAll(reasons);
        return new SignalSuggestion(tag, newEquipment, newSignal, newQuantity, newUnitCode,
                newUnitCode.isEmpty() ? "" : ExportUnits.spelling(newUnitCode), kind, dataType, confidence, why,
                List.of());
    }

    /** @return whether the engineer must look at it before trusting it */
    public boolean needsReview() {
        return !edited() && (confidence == Confidence.LOW || !review.isEmpty());
    }

    /** @return whether the engineer changed this suggestion in a review (it then needs no further review) */
    public boolean edited() {
        return !reasons.isEmpty() && reasons.get(0).startsWith(EDITED);
    }
}
