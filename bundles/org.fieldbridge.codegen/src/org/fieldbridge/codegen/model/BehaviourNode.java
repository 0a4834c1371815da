/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * A behaviour's object in the address space.
 *
 * @param id the node id
 * @param browseName the behaviour's name
 * @param displayName the name shown to users
 * @param description what it watches
 * @param states its state variables
 * @param roles the roles granted on it, sorted
 * @param sourceSignal the id of the signal an alarm or overshoot monitor watches (its condition's InputNode), else
 *        empty
 */
public record BehaviourNode(String id, String browseName, String displayName, String description,
        List<StateNode> states, List<String> roles, String sourceSignal) {

    public BehaviourNode {
        states = List.copyOf(states);
        roles = List.copyOf(roles);
        sourceSignal = sourceSignal == null ? "" : sourceSignal;
    }

    /** A behaviour that watches no particular signal as an alarm's input. */
    public BehaviourNode(String id, String browseName, String displayName, String description, List<StateNode> states,
            List<String> roles) {
        this(id, browseName, displayName, description, states, roles, "");
    }

    /** @return this behaviour with the id of the signal it watches */
    public BehaviourNode withSourceSignal(String signalId) {
        return new BehaviourNode(id, browseName, displayName, description, states, roles, signalId);
    }

    /**
     * @return true for an alarm or overshoot monitor (a Boolean {@code Active} state): an AlarmConditionType instance
     *         in the generated NodeSet2, as on the live server
     */
    public boolean isAlarm() {
        return states.stream().anyMatch(s -> "Active".equals(s.browseName()) && s.type() == ValueType.BOOLEAN);
    }

    /** @return the id of a state variable */
    public String stateId(String stateBrowseName) {
        return id + "." + stateBrowseName;
    }
}
