/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An element of the plant hierarchy (enterprise, site, area, line, cell or equipment), exposed as an
 * OPC UA Object organised under its parent; signals and behaviours hang below it as components.
 *
 * @param level its level in the hierarchy
 * @param browseName the browse name, also a segment of the ids below it
 * @param displayName the name shown to users
 * @param description free text (may be empty)
 * @param children the elements one level down
 * @param signals its signals
 * @param behaviours its behaviours
 * @param roles the plant roles granted here: assigned to this element or to an enclosing area or line (the
 *        generator passes both); they apply to the element, its signals and behaviours and everything below
 */
public record PlantElement(PlantLevel level, String browseName, String displayName, String description,
        List<PlantElement> children, List<SignalDescription> signals, List<BehaviourDescription> behaviours,
        List<String> roles) {

    public PlantElement {
        Objects.requireNonNull(level, "level");
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        children = List.copyOf(children);
        signals = List.copyOf(signals);
        behaviours = List.copyOf(behaviours);
        roles = List.copyOf(roles);
    }

    /** @return a builder for an element whose display name is its browse name until set otherwise */
    public static Builder builder(PlantLevel level, String browseName) {
        return new Builder(level, browseName);
    }

    /** Collects an element's parts. */
    public static final class Builder {
        private final PlantLevel level;
        private final String browseName;
        private String displayName;
        private String description = "";
        private final List<PlantElement> children = new ArrayList<>();
        private final List<SignalDescription> signals = new ArrayList<>();
        private final List<BehaviourDescription> behaviours = new ArrayList<>();
        private final List<String> roles = new ArrayList<>();

        private Builder(PlantLevel level, String browseName) {
            this.level = level;
            this.browseName = browseName;
            this.displayName = browseName;
        }

        public Builder displayName(String text) {
            this.displayName = text;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder child(PlantElement child) {
            children.add(child);
            return this;
        }

        public Builder signal(SignalDescription signal) {
            signals.add(signal);
            return this;
        }

        public Builder behaviour(BehaviourDescription behaviour) {
            behaviours.add(behaviour);
            return this;
        }

        /** Grants a plant role here and below (it must be one of the description's roles). */
        public Builder role(String roleName) {
            roles.add(roleName);
            return this;
        }

        public PlantElement build() {
            return new PlantElement(level, browseName, displayName, description, children, signals, behaviours,
                    roles);
        }
    }
}
