/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.List;

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
        // The first mapping in the file whose signal is aligned and arrives too rarely.
        MappedSignals mapped = MappedSignals.of(model, getContext());
        Mapping tooRare = null;
        for (AlignTarget target : alignment.getTargets()) {
            for (Signal signal : signals(target)) {
                for (Mapping mapping : mapped.of(signal)) {
                    if (mapping.getConnection() != null && !mapping.getConnection().eIsProxy()
                            && staleAfter < ConnectionSettings.periodMillis(mapping.getConnection())
                            && (tooRare == null || mapped.position(mapping) < mapped.position(tooRare))) {
                        tooRare = mapping;
                    }
                }
            }
        }
        if (tooRare != null) {
            long period = ConnectionSettings.periodMillis(tooRare.getConnection());
            error(SignalFacts.name(tooRare.getSignal()) + " arrives only every " + Durations.format(period)
                    + " (connection " + tooRare.getConnection().getName() + "), so 'stale after "
                    + Durations.format(staleAfter) + "' would mark it stale between two readings.",
                    Literals.ALIGNMENT__STALE_AFTER, TwinIssueCodes.ALIGNMENT_STALE_TOO_SOON);
        }
    }

    /** An equipment pattern stands for the equipment's own signals, not those of its sub-equipment. */
    private static List<Signal> signals(AlignTarget target) {
        if (target instanceof SignalTarget single && SignalFacts.resolved(single.getSignal())) {
            return List.of(single.getSignal());
        }
        if (target instanceof EquipmentPattern pattern && pattern.getEquipment() != null
                && !pattern.getEquipment().eIsProxy()) {
            return pattern.getEquipment().getSignals();
        }
        return List.of();
    }
}
