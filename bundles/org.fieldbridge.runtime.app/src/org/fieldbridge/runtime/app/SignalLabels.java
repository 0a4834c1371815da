/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;

/**
 * Short names of signals and elements for people: the path below the line (the last element at line
 * level or above) plus the signal, e.g. {@code Tank3.BathTemp} for
 * {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}.
 */
final class SignalLabels {

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, SignalDescription> signals = new LinkedHashMap<>();

    SignalLabels(AddressSpaceDescription addressSpace) {
        for (PlantElement root : addressSpace.roots()) {
            walk(root, List.of(), root.browseName());
        }
    }

    private void walk(PlantElement element, List<PlantElement> parents, String id) {
        List<PlantElement> path = new ArrayList<>(parents);
        path.add(element);
        int below = 0;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).level().compareTo(PlantLevel.LINE) <= 0) {
                below = i + 1;
            }
        }
        // an element at line level or above is named by itself
        List<String> names = new ArrayList<>();
        for (PlantElement e : path.subList(Math.min(below, path.size() - 1), path.size())) {
            names.add(e.browseName());
        }
        String label = String.join(".", names);
        labels.put(id, label);
        for (SignalDescription signal : element.signals()) {
            labels.put(id + "." + signal.browseName(), label + "." + signal.browseName());
            signals.put(id + "." + signal.browseName(), signal);
        }
        for (PlantElement child : element.children()) {
            walk(child, path, id + "." + child.browseName());
        }
    }

    /** @return the short label of an element or signal id; the id itself when it is not in the address space */
    String label(String id) {
        return labels.getOrDefault(id, id);
    }

    /** @return the unit symbol of a signal, empty when it has none */
    String unit(String id) {
        SignalDescription s = signals.get(id);
        return s == null || s.unit() == null ? "" : s.unit().symbol();
    }

    /** @return the signal ids of the address space in hierarchy order */
    List<String> signalIds() {
        return List.copyOf(signals.keySet());
    }
}
