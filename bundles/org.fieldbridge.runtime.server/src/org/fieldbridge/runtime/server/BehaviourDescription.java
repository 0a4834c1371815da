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
 */
public record BehaviourDescription(String browseName, String displayName, String description,
        List<StateDescription> states) {

    public BehaviourDescription {
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        states = List.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("behaviour " + browseName + " has no state");
        }
    }
}
