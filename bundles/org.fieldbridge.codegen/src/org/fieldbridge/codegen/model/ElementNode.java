/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * A plant element (enterprise ... equipment) of the address space.
 *
 * @param level the ISA-95 level as the runtime server names it ({@code ENTERPRISE}, ..., {@code EQUIPMENT})
 * @param browseName the plant name
 * @param displayName the plant's display name, else the name
 * @param description the plant's description, may be empty
 * @param id the node id (browse names joined by dots)
 * @param roles the names of the roles granted here (assigned here or on an enclosing area or line), sorted
 * @param children the elements one level down that have something mapped
 * @param signals the mapped signals and aligned outputs of this element
 * @param behaviours the behaviours watching this element's signals
 */
public record ElementNode(String level, String browseName, String displayName, String description, String id,
        List<String> roles, List<ElementNode> children, List<SignalNode> signals, List<BehaviourNode> behaviours) {

    public ElementNode {
        roles = List.copyOf(roles);
        children = List.copyOf(children);
        signals = List.copyOf(signals);
        behaviours = List.copyOf(behaviours);
    }
}
