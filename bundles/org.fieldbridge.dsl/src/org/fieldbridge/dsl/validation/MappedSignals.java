/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Signal;

/**
 * The mappings of a file by the plant signal they write, built once per validation (in one pass over the
 * file) for the checks that relate mappings to each other: two mappings of one signal, alignments against
 * the connections that deliver their signals.
 */
final class MappedSignals {

    private final TwinModel model;
    private final Map<Signal, List<Mapping>> bySignal = new HashMap<>();
    private final Map<Mapping, Integer> order = new HashMap<>();
    private final List<Mapping> repeated = new ArrayList<>();

    private MappedSignals(TwinModel model) {
        this.model = model;
        int index = 0;
        for (EObject element : model.getElements()) {
            if (element instanceof Mapping mapping && SignalFacts.resolved(mapping.getSignal())) {
                List<Mapping> mappings = bySignal.computeIfAbsent(mapping.getSignal(), s -> new ArrayList<>(1));
                mappings.add(mapping);
                if (mappings.size() > 1) {
                    repeated.add(mapping);
                }
                order.put(mapping, index++);
            }
        }
    }

    /**
     * The index of a file for the current validation.
     *
     * @param model   the file's model
     * @param context the validation context, where the index is kept until the validation ends; may be
     *                {@code null}
     * @return the index
     */
    static MappedSignals of(TwinModel model, Map<Object, Object> context) {
        if (context == null) {
            return new MappedSignals(model);
        }
        Object known = context.get(MappedSignals.class);
        if (known instanceof MappedSignals index && index.model == model) {
            return index;
        }
        MappedSignals index = new MappedSignals(model);
        context.put(MappedSignals.class, index);
        return index;
    }

    /**
     * The mappings of a signal, in file order.
     *
     * @param signal a plant signal
     * @return its mappings, possibly empty
     */
    List<Mapping> of(Signal signal) {
        return bySignal.getOrDefault(signal, List.of());
    }

    /**
     * The mappings of a signal that an earlier mapping already writes, in file order.
     *
     * @return the second, third... mapping of each signal mapped more than once
     */
    List<Mapping> repeated() {
        return repeated;
    }

    /**
     * The position of a mapping among the file's mappings of resolved signals.
     *
     * @param mapping an indexed mapping
     * @return its position, 0 for the first
     */
    int position(Mapping mapping) {
        return order.get(mapping);
    }
}
