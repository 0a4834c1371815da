/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * A variable of the address space: a mapped signal or an aligned output.
 *
 * @param id the node id
 * @param browseName the last segment of the id
 * @param displayName the name shown to users
 * @param description what it is, may be empty
 * @param type its value type
 * @param unit the plant's engineering unit; {@code null} when the plant gives none (always for booleans, texts)
 * @param range the EURange; {@code null} for booleans and texts
 * @param roles the roles granted on it, sorted
 */
public record SignalNode(String id, String browseName, String displayName, String description, ValueType type,
        Unit unit, Range range, List<String> roles) {

    public SignalNode {
        roles = List.copyOf(roles);
    }


    /** @return the unit's common code for {@code TwinSignal}, empty without a plant unit */
    public String unitCode() {
        return unit == null ? "" : unit.commonCode();
    }
}
