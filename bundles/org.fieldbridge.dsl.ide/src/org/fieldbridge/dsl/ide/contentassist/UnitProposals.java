/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.core.units.Rec20Unit;
import org.fieldbridge.core.units.UnitTable;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.Overshoot;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.units.QuantityUnits;

/**
 * The units content assist offers where a unit is written: only those that fit the quantity of the signal the
 * statement is about (a mapping's, an alarm's, a verdict's, an overshoot monitor's), the signal's own unit
 * first. Each as engineers write it ({@code degC}, {@code "m3/h"}), quoted where the language needs quotes.
 */
public class UnitProposals {

    /** A unit to propose: the text to insert and the one-line detail ({@code degree Celsius · CEL}). */
    public record Unit(String text, String detail, boolean signalsOwn) {
    }

    private static final Set<String> UNQUOTED_KEYWORDS = Set.of("ms", "s", "min", "h");

    /**
     * @param context the element content assist was asked in (or the one before it), may be null
     * @param keywords the grammar's keywords: a unit spelt like one is quoted
     * @return the units fitting the statement's signal, the signal's own first; empty when the signal is not
     *         known (yet) or measures something without unit
     */
    public List<Unit> forContext(EObject context, Set<String> keywords) {
        Signal signal = signalOf(context);
        if (signal == null || signal.getQuantity() == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        String own = signal.getUnit() == null ? null : signal.getUnit().getCommonCode();
        if (own != null && QuantityUnits.fits(signal.getQuantity(), own)) {
            codes.add(own);
        }
        codes.addAll(QuantityUnits.unitsFor(signal.getQuantity()));
        List<Unit> units = new ArrayList<>();
        for (String code : codes) {
            String symbol = UnitSymbols.symbol(code);
            String text = symbol.matches("[A-Za-z_][A-Za-z0-9_]*")
                    && (!keywords.contains(symbol) || UNQUOTED_KEYWORDS.contains(symbol)) ? symbol
                            : '"' + symbol + '"';
            boolean signalsOwn = code.equals(own);
            units.add(new Unit(text, detail(code, signalsOwn), signalsOwn));
        }
        return units;
    }

    private static String detail(String code, boolean signalsOwn) {
        String words = UnitTable.standard().byCode(code).map(Rec20Unit::description).orElse("");
        String detail = words.isBlank() ? code : words + " \u00b7 " + code;
        return signalsOwn ? detail + " \u00b7 the signal's unit" : detail;
    }

    /** The plant signal of the statement around the element, resolved, or null. */
    static Signal signalOf(EObject context) {
        for (EObject element = context; element != null; element = element.eContainer()) {
            Signal signal = null;
            if (element instanceof Mapping mapping) {
                signal = mapping.getSignal();
            } else if (element instanceof Alarm alarm) {
                signal = alarm.getSignal();
            } else if (element instanceof Verdict verdict) {
                signal = verdict.getSignal();
            } else if (element instanceof Overshoot overshoot) {
                signal = overshoot.getSignal();
            } else {
                continue;
            }
            return signal == null || signal.eIsProxy() ? null : signal;
        }
        return null;
    }
}
