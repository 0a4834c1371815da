/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.AccessScope;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.Endpoint;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.UserIdentity;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.WorkCell;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * Which signals the signal table lists for what is selected in the tree: a signal (or its valid range)
 * stands for its equipment; equipment for its signals and those of its sub-equipment; a line, area, site,
 * cell or the enterprise for every signal below it; an instrument for the signals it measures, a
 * controller for the signals of the equipment it controls, a unit for the signals in that unit; a calibration
 * record stands for its instrument, an endpoint or identity for its controller. Anything else (a role) lists
 * nothing new.
 *
 * @param roots   the selected objects the table stands for (a signal is replaced by its equipment)
 * @param signals the signals listed, in model order
 */
public record SignalScope(List<EObject> roots, List<Signal> signals) {

    /** The scope of nothing: an empty table. */
    public static final SignalScope EMPTY = new SignalScope(List.of(), List.of());

    /**
     * @param selected the objects selected in the tree
     * @return the signals those objects stand for; EMPTY when none does
     */
    public static SignalScope of(List<?> selected) {
        Set<EObject> roots = new LinkedHashSet<>();
        for (Object object : selected) {
            EObject root = root(object);
            if (root != null) {
                roots.add(root);
            }
        }
        return roots.isEmpty() ? EMPTY : new SignalScope(List.copyOf(roots), signalsOf(roots));
    }

    /** @return the same roots with their signals listed again (after a change of the model) */
    public SignalScope recomputed() {
        List<EObject> alive = roots.stream().filter(r -> r.eResource() != null).toList();
        return alive.isEmpty() ? EMPTY : new SignalScope(alive, signalsOf(alive));
    }

    /** @return the signal an object of the tree stands for in the table (a range for its signal), or null */
    public static Signal signalOf(Object object) {
        if (object instanceof Signal signal) {
            return signal;
        }
        return object instanceof ValueRange range && range.eContainer() instanceof Signal signal ? signal : null;
    }

    /** @return what the table's title says it lists, such as {@code Signals of equipment Tank3 (4)} */
    public String title() {
        if (roots.isEmpty()) {
            return "Signals: select equipment, a line or an area in the tree (or an instrument, controller or unit)";
        }
        List<String> names = roots.stream().map(SignalScope::describe).toList();
        String of = names.size() > 3 ? names.size() + " elements" : String.join(", ", names);
        return "Signals of " + of + " (" + signals.size() + ")";
    }

    private static EObject root(Object object) {
        Signal signal = signalOf(object);
        if (signal != null) {
            return signal.eContainer();
        }
        EObject eObject = object instanceof EObject o && o.eResource() != null ? o : null;
        // a calibration record stands for its instrument, an endpoint or identity for its controller
        while (eObject instanceof CalibrationRecord || eObject instanceof Endpoint || eObject instanceof UserIdentity) {
            eObject = eObject.eContainer();
        }
        boolean lists = eObject instanceof Plant || eObject instanceof Enterprise || eObject instanceof Site
                || eObject instanceof AccessScope || eObject instanceof WorkCell || eObject instanceof Equipment
                || eObject instanceof Instrument || eObject instanceof Controller || eObject instanceof EngineeringUnit;
        return lists ? eObject : null; // a role, say, has no signals: the table keeps what it lists
    }

    private static List<Signal> signalsOf(Iterable<EObject> roots) {
        Set<Signal> signals = new LinkedHashSet<>();
        for (EObject root : roots) {
            if (root instanceof Instrument || root instanceof Controller || root instanceof EngineeringUnit) {
                signals.addAll(referring(root));
            } else {
                root.eAllContents().forEachRemaining(o -> {
                    if (o instanceof Signal s) {
                        signals.add(s);
                    }
                });
            }
        }
        return new ArrayList<>(signals);
    }

    /** The signals that name an instrument or unit, or whose equipment names a controller. */
    private static List<Signal> referring(EObject target) {
        List<Signal> signals = new ArrayList<>();
        EObject top = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(target);
        top.eAllContents().forEachRemaining(o -> {
            if (o instanceof Signal s && (s.getInstrument() == target || s.getUnit() == target
                    || s.eContainer() instanceof Equipment e && e.getController() == target)) {
                signals.add(s);
            }
        });
        return signals;
    }

    private static String describe(EObject root) {
        String kind = splitCamelCase(root.eClass().getName()).toLowerCase(java.util.Locale.ROOT);
        if (root instanceof EngineeringUnit unit) {
            return "unit " + PlantLabelProvider.describe(unit);
        }
        String name = root instanceof NamedElement named && named.getName() != null ? named.getName() : "the plant";
        return root instanceof NamedElement ? kind + " " + name : name;
    }

    private static String splitCamelCase(String name) {
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }
}
