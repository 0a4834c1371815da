/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Objects;

/**
 * One state variable of a behaviour, e.g. an alarm's {@code Active} flag; published as a read-only
 * BaseDataVariableType variable whose StatusCode carries the state's quality.
 *
 * @param browseName the browse name, also the last segment of the state's id
 * @param displayName the name shown to users
 * @param description what the state means (may be empty)
 * @param type the data type of its values
 */
public record StateDescription(String browseName, String displayName, String description, SignalType type) {

    public StateDescription {
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        Objects.requireNonNull(type, "type");
    }
}
