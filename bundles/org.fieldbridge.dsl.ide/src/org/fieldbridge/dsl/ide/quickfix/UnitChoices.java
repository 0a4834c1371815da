/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.ClearOption;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.Measure;
import org.fieldbridge.dsl.twin.Overshoot;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;
import org.fieldbridge.dsl.twin.UnitOption;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Signal;

/**
 * The units a quick fix offers for a unit that is unknown or does not fit its signal: every unit of the
 * signal's quantity, the signal's own unit first (the usual intent), then the others in the order of the
 * units table; for an unknown unit without a resolved signal, the spellings closest to what was written.
 */
final class UnitChoices {

    /** Unit names the grammar takes without quotes (UnitName: ID, or a time unit keyword). */
    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private UnitChoices() {
    }

    /** Where a unit is written and which signal it is about. */
    record UnitSite(EObject owner, EStructuralFeature feature, String written, Signal signal) {
    }

    /**
     * The unit written at an element (a mapping's {@code unit} option, an alarm's threshold or clear level, an
     * overshoot limit, a verdict).
     *
     * @param element the element the diagnostic is on
     * @return the site, or {@code null} where no unit is written
     */
    static UnitSite site(EObject element) {
        if (element instanceof UnitOption option && option.eContainer() instanceof Mapping mapping) {
            return new UnitSite(option, Literals.UNIT_OPTION__UNIT, option.getUnit(), mapping.getSignal());
        }
        if (element instanceof Measure measure && measure.getUnit() != null) {
            return new UnitSite(measure, Literals.MEASURE__UNIT, measure.getUnit(), signalOf(measure));
        }
        if (element instanceof Verdict verdict && verdict.getUnit() != null) {
            return new UnitSite(verdict, Literals.VERDICT__UNIT, verdict.getUnit(), verdict.getSignal());
        }
        return element == null || element.eContainer() == null ? null : site(element.eContainer());
    }

    private static Signal signalOf(Measure measure) {
        EObject container = measure.eContainer();
        if (container instanceof ClearOption && container.eContainer() instanceof Alarm alarm) {
            return alarm.getSignal();
        }
        if (container instanceof Alarm alarm) {
            return alarm.getSignal();
        }
        return container instanceof Overshoot overshoot ? overshoot.getSignal() : null;
    }

    /**
     * The unit names to offer, as the language writes them, the signal's own unit first.
     *
     * @param site where the unit is written
     * @return symbols such as {@code degC}, {@code K}, {@code degF}; empty if nothing fits
     */
    static List<String> offered(UnitSite site) {
        Set<String> symbols = new LinkedHashSet<>();
        Signal signal = site.signal();
        if (resolved(signal) && signal.getQuantity() != null) {
            String own = ownSymbol(signal);
            if (own != null) {
                symbols.add(own);
            }
            symbols.addAll(UnitSymbols.symbolsFor(signal.getQuantity()));
        } else {
            symbols.addAll(UnitSymbols.suggestions(site.written()));
        }
        symbols.remove(site.written());
        return new ArrayList<>(symbols);
    }

    /** The symbol of the signal's unit in the plant, or {@code null}. */
    static String ownSymbol(Signal signal) {
        if (!resolved(signal) || signal.getUnit() == null || signal.getUnit().getCommonCode() == null) {
            return null;
        }
        return UnitSymbols.symbol(signal.getUnit().getCommonCode());
    }

    private static boolean resolved(Signal signal) {
        return signal != null && !signal.eIsProxy();
    }

    /**
     * A unit name as the grammar takes it: bare where it is an identifier, else quoted.
     *
     * @param symbol e.g. {@code degC} or {@code m3/h}
     * @param keywords the grammar's keywords (a keyword other than a time unit must be quoted)
     * @return e.g. {@code degC} or {@code "m3/h"}
     */
    static String spelled(String symbol, Set<String> keywords) {
        boolean timeUnit = Set.of("ms", "s", "min", "h").contains(symbol);
        if (BARE.matcher(symbol).matches() && (timeUnit || !keywords.contains(symbol))) {
            return symbol;
        }
        return "\"" + symbol.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
