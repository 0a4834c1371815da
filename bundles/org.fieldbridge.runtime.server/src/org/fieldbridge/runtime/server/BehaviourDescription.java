/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.List;
import java.util.Objects;

/**
 * A twin behaviour (threshold alarm, overshoot monitor, batch integral) exposed as an Object under its
 * equipment, with its states as variables.
 *
 * @param browseName the browse name, also a segment of its states' ids
 * @param displayName the name shown to users
 * @param description what the behaviour watches (may be empty)
 * @param states its state variables, at least one
 * @param sourceSignal the id of the signal an alarm behaviour watches (its condition's InputNode, with a HasCondition
 *        reference from the signal), or empty when not known
 */
public record BehaviourDescription(String browseName, String displayName, String description,
        List<StateDescription> states, String sourceSignal) {

    /** A behaviour without a known source signal. */
    public BehaviourDescription(String browseName, String displayName, String description,
            List<StateDescription> states) {
        this(browseName, displayName, description, states, "");
    }

    public BehaviourDescription {
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        states = List.copyOf(states);
        sourceSignal = BrowseNames.orEmpty(sourceSignal);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("behaviour " + browseName + " has no state");
        }
    }

    /**
     * @return true for an alarm or overshoot behaviour (a Boolean {@code Active} state): the server makes it an
     *         AlarmConditionType instance, the runtime registers its condition
     */
    public boolean isAlarm() {
        return states.stream().anyMatch(state -> "Active".equals(state.browseName())
                && state.type() == SignalType.BOOLEAN);
    }

    /** @return this behaviour with the id of the signal it watches */
    public BehaviourDescription withSourceSignal(String signalId) {
        return new BehaviourDescription(browseName, displayName, description, states, signalId);
    }
}
