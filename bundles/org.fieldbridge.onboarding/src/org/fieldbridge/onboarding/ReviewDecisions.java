/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engineer decided on the planned signals of an import before anything is written (the workbench's
 * review page): tags rejected, and suggestions changed (names, quantity, unit). A signal is identified by the
 * {@link PlannedSignal} object of the plan the decisions are applied to. Nothing decided: the plan as suggested,
 * as {@code fieldbridge import} writes it.
 */
public final class ReviewDecisions {

    /**
     * A changed suggestion.
     *
     * @param equipment the equipment's name
     * @param signal the signal's name
     * @param quantity the quantity literal of the plant metamodel ({@code temperature})
     * @param unit the unit in any spelling the .twin language accepts ({@code degC}, {@code °C}, {@code CEL}),
     *        empty for none
     */
    public record Edit(String equipment, String signal, String quantity, String unit) {
    }

    private final Set<PlannedSignal> rejected = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<PlannedSignal, Edit> edits = new IdentityHashMap<>();

    /** @return decisions that change nothing */
    public static ReviewDecisions none() {
        return new ReviewDecisions();
    }

    /**
     * @param signal a planned signal
     * @return these decisions, the signal not imported
     */
    public ReviewDecisions reject(PlannedSignal signal) {
        rejected.add(signal);
        return this;
    }

    /**
     * @param signal a planned signal
     * @param edit its names, quantity and unit as the engineer wants them
     * @return these decisions, the signal imported as edited
     */
    public ReviewDecisions edit(PlannedSignal signal, Edit edit) {
        edits.put(signal, edit);
        return this;
    }

    /** @return whether the signal is left out */
    boolean isRejected(PlannedSignal signal) {
        return rejected.contains(signal);
    }

    /** @return the signal's edit, empty when it is imported as suggested */
    Optional<Edit> editOf(PlannedSignal signal) {
        return Optional.ofNullable(edits.get(signal));
    }
}
