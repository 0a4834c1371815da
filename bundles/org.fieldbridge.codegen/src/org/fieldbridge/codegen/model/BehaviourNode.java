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
 */
public record BehaviourNode(String id, String browseName, String displayName, String description,
        List<StateNode> states, List<String> roles) {

    public BehaviourNode {
        states = List.copyOf(states);
        roles = List.copyOf(roles);
    }

    /** @return the id of a state variable */
    public String stateId(String stateBrowseName) {
        return id + "." + stateBrowseName;
    }
}
