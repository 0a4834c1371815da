/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * The kind the plant gives each mapped signal (measurement, setpoint, counter, state), read from the plant
 * signal a resolved mapping refers to (only where the plant sets it). The generator's model does not carry it; the simulator needs it to
 * tell a setpoint from the measurement that follows it without guessing from names.
 */
final class PlantKinds {

    private PlantKinds() {
    }

    /** @return per qualified signal name its kind's name, e.g. {@code setpoint} */
    static Map<String, String> of(List<TwinModel> twins) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (TwinModel twin : twins) {
            for (var element : twin.getElements()) {
                if (element instanceof Mapping mapping && mapping.getSignal() != null
                        && !mapping.getSignal().eIsProxy()) {
                    Signal signal = mapping.getSignal();
                    // an unset kind reads as the default (measurement): then the signal's name decides
                    if (signal.eIsSet(PlantPackage.Literals.SIGNAL__KIND)) {
                        kinds.put(QualifiedNames.of(signal), signal.getKind().getName());
                    }
                }
            }
        }
        return kinds;
    }
}
