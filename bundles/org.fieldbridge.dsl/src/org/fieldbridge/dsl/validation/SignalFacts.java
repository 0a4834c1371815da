/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/** What the checks need to know about plant signals, and how messages name things. */
final class SignalFacts {

    private SignalFacts() {
    }

    /** @return whether the reference resolved to a real signal */
    static boolean resolved(Signal signal) {
        return signal != null && !signal.eIsProxy();
    }

    /** @return the signal's name as engineers read it: equipment path below the line, e.g. Tank3.BathTemp */
    static String name(Signal signal) {
        String full = QualifiedNames.of(signal);
        String[] parts = full.split("\\.");
        // Enterprise.Site.Area.Line are context; show from the equipment down.
        int from = Math.min(4, Math.max(0, parts.length - 2));
        return String.join(".", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }

    /** @return the common code of the signal's unit, or {@code null} */
    static String unitCode(Signal signal) {
        return signal.getUnit() == null ? null : signal.getUnit().getCommonCode();
    }

    /** @return the signal's unit as a symbol, or an empty string */
    static String unitSymbol(Signal signal) {
        String code = unitCode(signal);
        return code == null ? "" : " " + UnitSymbols.symbol(code);
    }

    /** @return whether the signal has both bounds of a valid range */
    static boolean hasRange(Signal signal) {
        ValueRange range = signal.getValidRange();
        return range != null && range.isSetMinimum() && range.isSetMaximum();
    }

    /** @return the range for messages, e.g. {@code 0 .. 40 degC} */
    static String range(Signal signal) {
        ValueRange range = signal.getValidRange();
        return number(range.getMinimum()) + " .. " + number(range.getMaximum()) + unitSymbol(signal);
    }

    /** @return a number without a needless fraction */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** @return the 1-based line an element starts on, or 0 */
    static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? 0 : node.getStartLine();
    }
}
