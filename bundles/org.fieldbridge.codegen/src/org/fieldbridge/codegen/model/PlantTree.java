/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_BROWSE_NAME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.AccessScope;
import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Permission;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.WorkCell;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * The plant hierarchy as the runtime's address space shows it: which elements are in it, what hangs below
 * each (mapped signals, aligned outputs, behaviours), the names taken below an element, OPC UA browse names
 * and the roles granted on elements.
 */
final class PlantTree {

    private static final Pattern BROWSE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final SourcePositions positions;
    // plant elements with something in the address space, and what hangs below each
    private final Set<EObject> included = new HashSet<>();
    private final Map<EObject, List<SignalNode>> alignedOutputs = new HashMap<>();
    private final Map<EObject, List<BehaviourNode>> behaviourNodes = new HashMap<>();
    private final Map<EObject, Set<String>> takenNames = new HashMap<>();

    PlantTree(SourcePositions positions) {
        this.positions = positions;
    }

    /** @return whether the OPC UA server of the runtime accepts the name as a browse name */
    static boolean isBrowseName(String name) {
        return BROWSE_NAME.matcher(name).matches();
    }

    /** @return whether the names from the signal up are browse names; if not, an error at {@code at} says so */
    boolean checkBrowseNames(Signal signal, EObject at) {
        for (EObject e = signal; e instanceof NamedElement named; e = e.eContainer()) {
            if (!BROWSE_NAME.matcher(named.getName()).matches()) {
                positions.error(at, CODE_BROWSE_NAME, "The plant name '" + named.getName()
                        + "' (in " + QualifiedNames.of(signal)
                        + ") cannot be an OPC UA browse name of the runtime: it must start with a letter and have at"
                        + " most 64 letters, digits, '_' or '-'. Rename it in the plant model.");
                return false;
            }
        }
        return true;
    }

    /** Puts an element and all that encloses it into the address space. */
    void include(EObject element) {
        for (EObject e = element; e instanceof NamedElement; e = e.eContainer()) {
            included.add(e);
        }
    }

    /** @return the plants of the signals, in the order their first signal comes */
    static List<Plant> plants(Collection<Signal> signals) {
        List<Plant> plants = new ArrayList<>();
        for (Signal signal : signals) {
            EObject root = signal;
            while (root.eContainer() != null) {
                root = root.eContainer();
            }
            if (root instanceof Plant plant && !plants.contains(plant)) {
                plants.add(plant);
            }
        }
        return plants;
    }

    /**
     * @param plants the plants, in order
     * @param mapped the mapped signals
     * @param inPlantOrder receives the mapped signals in the order of the tree
     * @return the enterprises with something in the address space, with all below them
     */
    List<ElementNode> roots(List<Plant> plants, MappedSignals mapped, List<MappedSignal> inPlantOrder) {
        List<ElementNode> roots = new ArrayList<>();
        for (Plant plant : plants) {
            for (Enterprise enterprise : plant.getEnterprises()) {
                if (included.contains(enterprise)) {
                    roots.add(element(enterprise, mapped, inPlantOrder));
                }
            }
        }
        return roots;
    }

    private ElementNode element(EObject object, MappedSignals mapped, List<MappedSignal> inPlantOrder) {
        NamedElement named = (NamedElement) object;
        List<SignalNode> signals = new ArrayList<>();
        List<ElementNode> children = new ArrayList<>();
        for (EObject child : object.eContents()) {
            if (child instanceof Signal signal) {
                MappedSignal m = mapped.get(signal);
                if (m != null) {
                    signals.add(m.node());
                    inPlantOrder.add(m);
                }
            }
        }
        signals.addAll(alignedOutputs.getOrDefault(object, List.of()));
        for (EObject child : object.eContents()) {
            if (!(child instanceof Signal) && included.contains(child)) {
                children.add(element(child, mapped, inPlantOrder));
            }
        }
        return new ElementNode(level(object), named.getName(), displayName(named), description(named),
                QualifiedNames.of(named), roles(object), children, signals,
                behaviourNodes.getOrDefault(object, List.of()));
    }

    private static String level(EObject element) {
        if (element instanceof Enterprise) {
            return "ENTERPRISE";
        }
        if (element instanceof Site) {
            return "SITE";
        }
        if (element instanceof Area) {
            return "AREA";
        }
        if (element instanceof Line) {
            return "LINE";
        }
        if (element instanceof WorkCell) {
            return "CELL";
        }
        return "EQUIPMENT";
    }

    /** @return the roles granted on an element: assigned on it or an enclosing area or line, sorted */
    static List<String> roles(EObject element) {
        Set<String> roles = new TreeSet<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof AccessScope scope) {
                for (Role role : scope.getAssignedRoles()) {
                    if (!role.eIsProxy() && role.getName() != null) {
                        roles.add(role.getName());
                    }
                }
            }
        }
        return List.copyOf(roles);
    }

    /** @return the roles the plants declare, the first declaration of a name wins */
    static List<RoleInfo> roles(List<Plant> plants) {
        Map<String, RoleInfo> roles = new LinkedHashMap<>();
        for (Plant plant : plants) {
            for (Role role : plant.getRoles()) {
                List<String> permissions = role.getPermissions().stream().map(Permission::getLiteral).toList();
                roles.putIfAbsent(role.getName(), new RoleInfo(role.getName(), displayName(role), description(role),
                        permissions, PermissionBits.of(permissions)));
            }
        }
        return List.copyOf(roles.values());
    }

    /** @return whether a name is free below a plant element (its plant children, behaviours, outputs) */
    Set<String> taken(EObject element) {
        return takenNames.computeIfAbsent(element, e -> {
            Set<String> names = new HashSet<>();
            for (EObject child : e.eContents()) {
                if (child instanceof NamedElement named && named.getName() != null) {
                    names.add(named.getName());
                }
            }
            return names;
        });
    }

    /** @return the name, or the name with the lowest number from 2 that is free below the element; taken now */
    String unique(EObject element, String name) {
        Set<String> taken = taken(element);
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + n;
        }
        taken.add(candidate);
        return candidate;
    }

    static String displayName(NamedElement element) {
        return element.getDisplayName() == null || element.getDisplayName().isBlank() ? element.getName()
                : element.getDisplayName();
    }

    static String description(NamedElement element) {
        return element.getDescription() == null ? "" : element.getDescription();
    }

    /** Hangs an aligned output below a plant element. */
    void addAlignedOutput(EObject element, SignalNode output) {
        alignedOutputs.computeIfAbsent(element, e -> new ArrayList<>()).add(output);
    }

    /** Hangs a behaviour below a plant element. */
    void addBehaviour(EObject element, BehaviourNode node) {
        behaviourNodes.computeIfAbsent(element, e -> new ArrayList<>()).add(node);
    }
}
