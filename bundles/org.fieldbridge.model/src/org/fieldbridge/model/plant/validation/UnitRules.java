/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.core.units.UnitSpellings;
import org.fieldbridge.core.units.UnitTable;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.units.UnitIds;

/**
 * Engineering units: a common code of the UNECE Rec 20 table that OPC UA publishes (duplicates are caught by
 * EMF's ID check).
 */
public final class UnitRules {

    private UnitRules() {
    }

    /** Invariant {@code EngineeringUnit.validCommonCode}. */
    public static boolean validCommonCode(EngineeringUnit unit, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(unit, diagnostics);
        String code = unit.getCommonCode();
        if (code == null || code.isBlank()) {
            reporter.report(PlantRule.UNIT_CODE_INVALID, "An engineering unit"
                    + (unit.getDisplayName() == null ? "" : " ('" + unit.getDisplayName() + "')")
                    + " has no UNECE common code (e.g. CEL for degree Celsius)");
        } else if (!UnitIds.COMMON_CODE.matcher(code).matches()) {
            reporter.report(PlantRule.UNIT_CODE_INVALID, "'" + code + "' is not a UNECE Rec 20 common code:"
                    + " it must be 2 or 3 upper-case letters or digits, e.g. CEL, MQH, 4K" + didYouMean(code));
        } else if (UnitTable.standard().byCode(code).isEmpty()) {
            reporter.report(PlantRule.UNIT_CODE_UNKNOWN, "'" + code + "' is not in the UNECE Rec 20 list that"
                    + " OPC UA publishes" + didYouMean(code));
        }
        return reporter.valid();
    }

    private static String didYouMean(String code) {
        List<String> suggestions = UnitSpellings.standard().suggestions(code).stream()
                .map(s -> UnitSpellings.standard().resolve(s).orElseThrow().unit())
                .map(u -> u.code() + " (" + u.displayName() + ")").distinct().toList();
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
    }
}
