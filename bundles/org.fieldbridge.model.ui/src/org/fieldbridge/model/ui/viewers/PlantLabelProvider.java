/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.viewers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;

/**
 * The item providers' labels, with signals described the way a plant engineer reads them:
 * {@code BathTemp — temperature, °C, 0..40} (name, quantity, unit, valid range), units as
 * {@code °C — degree Celsius (CEL)}, the plant by its file ({@code Plant riverside.plant}), endpoints as
 * {@code Modbus TCP Endpoint 127.0.0.1}. The generated item
 * provider is left alone; this is the one place the wording is chosen.
 */
public class PlantLabelProvider extends ItemProviderLabelProvider {

    /** @param adapterFactory the factory that adapts model objects to item providers */
    public PlantLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    /** The generated labels' class words that plant engineers spell otherwise. */
    private static final Map<String, String> CLASS_WORDS = Map.of(
            "Modbus Tcp Endpoint", "Modbus TCP Endpoint",
            "Opc Ua Endpoint", "OPC UA Endpoint",
            "X509 Identity", "X.509 Identity");

    @Override
    public String getText(Object element) {
        if (element instanceof Signal signal) {
            return describe(signal);
        }
        if (element instanceof EngineeringUnit unit) {
            return describe(unit);
        }
        if (element instanceof Plant plant && plant.eResource() != null && plant.eResource().getURI() != null) {
            // the generated label is the plant's description, often a paragraph: the file names the plant
            return "Plant " + plant.eResource().getURI().lastSegment();
        }
        String text = super.getText(element);
        for (Map.Entry<String, String> word : CLASS_WORDS.entrySet()) {
            if (text.startsWith(word.getKey())) {
                return word.getValue() + text.substring(word.getKey().length());
            }
        }
        return text;
    }

    /**
     * @param unit an engineering unit
     * @return its symbol, name and UN/CEFACT common code, such as {@code °C — degree Celsius (CEL)}
     */
    public static String describe(EngineeringUnit unit) {
        String symbol = unit.getDisplayName() != null ? unit.getDisplayName() : unit.getCommonCode();
        String name = unit.getDescription() != null ? " \u2014 " + unit.getDescription() : "";
        return symbol + name + " (" + unit.getCommonCode() + ")";
    }

    /**
     * @param signal a signal
     * @return its name followed by what is known of quantity, unit and valid range
     */
    public static String describe(Signal signal) {
        List<String> facts = new ArrayList<>();
        if (signal.getQuantity() != null) {
            facts.add(signal.getQuantity().getLiteral());
        }
        EngineeringUnit unit = signal.getUnit();
        if (unit != null) {
            facts.add(unit.getDisplayName() != null ? unit.getDisplayName() : unit.getCommonCode());
        }
        ValueRange range = signal.getValidRange();
        if (range != null && (range.isSetMinimum() || range.isSetMaximum())) {
            facts.add(bound(range.isSetMinimum(), range.getMinimum()) + ".." + bound(range.isSetMaximum(),
                    range.getMaximum()));
        }
        String name = signal.getName() == null ? "(unnamed signal)" : signal.getName();
        return facts.isEmpty() ? name : name + " \u2014 " + String.join(", ", facts);
    }

    private static String bound(boolean set, double value) {
        return set ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }
}
