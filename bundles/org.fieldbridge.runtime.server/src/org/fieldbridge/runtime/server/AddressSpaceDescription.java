/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * What the runtime's OPC UA server exposes: the plant hierarchy with its signals and behaviour states.
 * It is plain data (no EMF, no OPC UA stack types), normally produced by the code generator.
 *
 * <p>Every signal and state has an id made of the browse names on its path joined by dots, e.g.
 * {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}; the id is the string identifier of
 * its NodeId in the twin's namespace and the key for {@link TwinOpcUaServer#publish}.</p>
 *
 * <p>Roles: when {@code roles} is not empty the server enforces them (docs/opcua-server.md, "Roles"): a
 * session may browse, read, subscribe to, write and call only where an element grants one of its roles. A
 * description without roles is served to every authenticated user as before.</p>
 *
 * @param roots the top elements (normally one enterprise), organised under the {@code Plant} folder
 * @param roles the plant roles the elements grant
 */
public record AddressSpaceDescription(List<PlantElement> roots, List<RoleDescription> roles) {

    public AddressSpaceDescription {
        roots = List.copyOf(roots);
        roles = List.copyOf(roles);
        requireUniqueIds(roots);
        requireDeclaredRoles(roots, roles);
    }

    /** A description without roles: nothing is restricted beyond authentication. */
    public AddressSpaceDescription(List<PlantElement> roots) {
        this(roots, List.of());
    }

    /** @return a copy with these roles */
    public AddressSpaceDescription withRoles(List<RoleDescription> roleDefinitions) {
        return new AddressSpaceDescription(roots, roleDefinitions);
    }

    /** @return true when the server enforces roles for this description */
    public boolean enforcesRoles() {
        return !roles.isEmpty();
    }

    /** @return a description with the given top elements */
    public static AddressSpaceDescription of(PlantElement... roots) {
        return new AddressSpaceDescription(List.of(roots));
    }

    /** @return every signal by its id, in hierarchy order */
    public Map<String, SignalDescription> signals() {
        return signalsById(roots);
    }

    /** @return every behaviour state by its id, in hierarchy order */
    public Map<String, StateDescription> states() {
        Map<String, StateDescription> states = new LinkedHashMap<>();
        walk(roots, "", (id, element) -> element.behaviours().forEach(behaviour -> behaviour.states()
                .forEach(state -> put(states, id + "." + behaviour.browseName() + "." + state.browseName(), state))));
        return Collections.unmodifiableMap(states);
    }

    /**
     * @return every alarm and overshoot behaviour ({@link BehaviourDescription#isAlarm()}) by its id (the id of its
     *         condition), in hierarchy order
     */
    public Map<String, BehaviourDescription> alarms() {
        Map<String, BehaviourDescription> alarms = new LinkedHashMap<>();
        walk(roots, "", (id, element) -> element.behaviours().stream().filter(BehaviourDescription::isAlarm)
                .forEach(behaviour -> alarms.put(id + "." + behaviour.browseName(), behaviour)));
        return Collections.unmodifiableMap(alarms);
    }

    /** @return the id of an element, signal or state given the browse names on its path */
    public static String idOf(String... browseNames) {
        return String.join(".", browseNames);
    }

    private static Map<String, SignalDescription> signalsById(List<PlantElement> roots) {
        Map<String, SignalDescription> signals = new LinkedHashMap<>();
        walk(roots, "", (id, element) -> element.signals()
                .forEach(signal -> put(signals, id + "." + signal.browseName(), signal)));
        return Collections.unmodifiableMap(signals);
    }

    // Elements, signals, behaviours and states share one NodeId space.
    private static void requireUniqueIds(List<PlantElement> roots) {
        Map<String, Object> ids = new LinkedHashMap<>();
        walk(roots, "", (id, element) -> {
            put(ids, id, element);
            element.signals().forEach(signal -> put(ids, id + "." + signal.browseName(), signal));
            element.behaviours().forEach(behaviour -> {
                put(ids, id + "." + behaviour.browseName(), behaviour);
                behaviour.states().forEach(
                        state -> put(ids, id + "." + behaviour.browseName() + "." + state.browseName(), state));
            });
        });
    }

    private static void requireDeclaredRoles(List<PlantElement> roots, List<RoleDescription> roles) {
        Map<String, RoleDescription> byName = new LinkedHashMap<>();
        for (RoleDescription role : roles) {
            if (byName.putIfAbsent(role.name(), role) != null) {
                throw new IllegalArgumentException("the role " + role.name() + " is declared twice");
            }
        }
        walk(roots, "", (id, element) -> element.roles().forEach(role -> {
            if (!byName.containsKey(role)) {
                throw new IllegalArgumentException(id + " grants the role " + role + ", which is not declared");
            }
        }));
    }

    private static <T> void put(Map<String, T> map, String id, T value) {
        if (map.putIfAbsent(id, Objects.requireNonNull(value)) != null) {
            throw new IllegalArgumentException("two nodes have the id " + id);
        }
    }

    /** Visits every element with its id (the browse names from the root, joined by dots). */
    static void walk(List<PlantElement> elements, String parentId, BiConsumer<String, PlantElement> visitor) {
        for (PlantElement element : elements) {
            String id = parentId.isEmpty() ? element.browseName() : parentId + "." + element.browseName();
            visitor.accept(id, element);
            walk(element.children(), id, visitor);
        }
    }
}
