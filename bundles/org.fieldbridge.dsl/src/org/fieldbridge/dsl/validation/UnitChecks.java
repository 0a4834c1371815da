/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.fieldbridge.core.units.UnitConversions;
import org.fieldbridge.core.units.UnitSpelling;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.units.QuantityUnits;

/**
 * Checks that a unit written in a .twin file is a unit of the UNECE Rec 20 list (by code, symbol or friendly
 * spelling) and measures what the plant signal measures.
 */
public class UnitChecks {

    /**
     * Checks a unit name against a signal.
     *
     * @param unit     the unit as written, may be {@code null} (then nothing is checked)
     * @param signal   the signal, may be unresolved
     * @param owner    the element carrying the unit
     * @param feature  the feature holding the unit
     * @param acceptor where problems go
     * @return the common code if the unit is known and fits (or cannot be checked), else {@code null}
     */
    public String check(String unit, Signal signal, EObject owner, EStructuralFeature feature,
            ValidationMessageAcceptor acceptor) {
        if (unit == null) {
            return null;
        }
        UnitSpelling spelling = UnitSymbols.resolve(unit);
        if (spelling == null) {
            acceptor.acceptError("Unknown unit '" + unit + "'." + didYouMean(UnitSymbols.suggestions(unit))
                    + " Write a symbol such as degC, bar, A, \"m3/h\", \"mS/cm\" or a UNECE Rec 20 common code such"
                    + " as CEL.", owner, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
                    TwinIssueCodes.UNIT_UNKNOWN);
            return null;
        }
        String code = spelling.code();
        if (!SignalFacts.resolved(signal) || signal.getQuantity() == null) {
            return code;
        }
        Quantity quantity = signal.getQuantity();
        if (!QuantityUnits.fits(quantity, code)) {
            Quantity other = UnitSymbols.quantityOf(code);
            String what = other == null ? " (" + spelling.unit().description() + ") does not fit:"
                    : " is " + withArticle(UnitSymbols.describe(other)) + " unit, but";
            String expected = QuantityUnits.unitsFor(quantity).isEmpty() ? "it takes no unit"
                    : "use " + String.join(", ", UnitSymbols.symbolsFor(quantity));
            acceptor.acceptError(unit + what + " " + SignalFacts.name(signal) + " measures "
                    + UnitSymbols.describe(quantity) + " (" + expected + ")."
                    + didYouMean(UnitSymbols.suggestions(unit, quantity)), owner, feature,
                    ValidationMessageAcceptor.INSIGNIFICANT_INDEX, TwinIssueCodes.UNIT_MISMATCH);
            return null;
        }
        return convertsIntoSignalUnit(unit, spelling, signal, owner, feature, acceptor) ? code : null;
    }

    /**
     * A unit of the right quantity must still convert into the unit the plant gives the signal: not so when
     * the plant's unit is of another quantity (the plant reports that) or of another reference state (gas
     * volumes at normal conditions do not convert into actual cubic metres without pressure and temperature).
     */
    private static boolean convertsIntoSignalUnit(String unit, UnitSpelling spelling, Signal signal, EObject owner,
            EStructuralFeature feature, ValidationMessageAcceptor acceptor) {
        String signalCode = signal.getUnit() == null ? null : signal.getUnit().getCommonCode();
        if (signalCode == null || signalCode.isBlank()
                || UnitConversions.standard().between(spelling, signalCode) != null) {
            return true;
        }
        UnitSpelling plantUnit = UnitSymbols.resolve(signalCode);
        String signalUnit = plantUnit == null ? signalCode : plantUnit.unit().displayName();
        acceptor.acceptError(unit + " cannot be converted into " + signalUnit + ", the unit of "
                + SignalFacts.name(signal) + " in the plant: map it in a unit that converts into " + signalUnit
                + ", or correct the signal's unit in the plant.",
                owner, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, TwinIssueCodes.UNIT_MISMATCH);
        return false;
    }

    private static String withArticle(String words) {
        return ("aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ") + words;
    }

    private static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions) + "?";
    }
}
