/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.fieldbridge.core.units.Rec20Unit;
import org.fieldbridge.core.units.UnitTable;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/** Collects the signals of the plants the .twin files import, from the resources the checker loaded. */
final class PlantSignals {

    private static final UnitTable UNITS = UnitTable.standard();

    private PlantSignals() {
    }

    static List<PlantSignal> of(List<TwinModel> twins, Set<String> mapped) {
        Map<String, PlantSignal> signals = new LinkedHashMap<>();
        for (TwinModel twin : twins) {
            if (twin.eResource() == null || twin.eResource().getResourceSet() == null) {
                continue;
            }
            for (Resource resource : new ArrayList<>(twin.eResource().getResourceSet().getResources())) {
                resource.getAllContents().forEachRemaining(object -> {
                    if (object instanceof Signal signal && !signal.eIsProxy()) {
                        String qualified = QualifiedNames.of(signal);
                        signals.putIfAbsent(qualified, of(signal, qualified, mapped.contains(qualified)));
                    }
                });
            }
        }
        return List.copyOf(signals.values());
    }

    private static PlantSignal of(Signal signal, String qualified, boolean mapped) {
        String[] parts = qualified.split("\\.");
        // Enterprise.Site.Area.Line are context; .twin files name signals from the equipment down
        int from = Math.min(4, Math.max(0, parts.length - 2));
        String name = String.join(".", Arrays.copyOfRange(parts, from, parts.length));
        String code = signal.getUnit() == null || signal.getUnit().getCommonCode() == null ? ""
                : signal.getUnit().getCommonCode();
        ValueRange range = signal.getValidRange();
        double low = range != null && range.isSetMinimum() ? range.getMinimum() : Double.NEGATIVE_INFINITY;
        double high = range != null && range.isSetMaximum() ? range.getMaximum() : Double.POSITIVE_INFINITY;
        String type = signal.getDataType() == null ? "real" : signal.getDataType().getLiteral().toLowerCase(Locale.ROOT);
        String symbol = UNITS.byCode(code).map(Rec20Unit::displayName).orElse("");
        return new PlantSignal(qualified, name, type, code, symbol, low, high, mapped);
    }
}
