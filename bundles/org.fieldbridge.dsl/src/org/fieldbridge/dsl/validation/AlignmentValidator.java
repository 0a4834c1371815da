/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Durations;
import org.fieldbridge.dsl.twin.AlignTarget;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.EquipmentPattern;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.SignalTarget;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;
import org.fieldbridge.model.plant.Signal;

/** Checks of alignments against the connections that deliver the aligned signals. */
public class AlignmentValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinValidator
    }

    @Check
    public void staleAfterOutlastsPolling(Alignment alignment) {
        long staleAfter = Durations.millis(alignment.getStaleAfter());
        if (staleAfter <= 0 || !(alignment.eContainer() instanceof TwinModel model)) {
            return;
        }
        for (EObject element : model.getElements()) {
            if (element instanceof Mapping mapping && SignalFacts.resolved(mapping.getSignal())
                    && mapping.getConnection() != null && !mapping.getConnection().eIsProxy()
                    && aligns(alignment, mapping.getSignal())) {
                long period = ConnectionSettings.periodMillis(mapping.getConnection());
                if (staleAfter < period) {
                    error(SignalFacts.name(mapping.getSignal()) + " arrives only every " + Durations.format(period)
                            + " (connection " + mapping.getConnection().getName() + "), so 'stale after "
                            + Durations.format(staleAfter) + "' would mark it stale between two readings.",
                            Literals.ALIGNMENT__STALE_AFTER, TwinIssueCodes.ALIGNMENT_STALE_TOO_SOON);
                    return;
                }
            }
        }
    }

    /** An equipment pattern stands for the equipment's own signals, not those of its sub-equipment. */
    private static boolean aligns(Alignment alignment, Signal signal) {
        for (AlignTarget target : alignment.getTargets()) {
            if (target instanceof SignalTarget single && single.getSignal() == signal) {
                return true;
            }
            if (target instanceof EquipmentPattern pattern && pattern.getEquipment() != null
                    && !pattern.getEquipment().eIsProxy() && pattern.getEquipment().getSignals().contains(signal)) {
                return true;
            }
        }
        return false;
    }
}
