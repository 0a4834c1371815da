/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.fieldbridge.dsl.twin.TwinPackage;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Signal;

import com.google.inject.Inject;

/**
 * Proposes referenced elements as Xtext does, but gives a plant signal the detail engineers choose by (kind,
 * quantity, unit, valid range) instead of the bare type name "Signal", and its display name as documentation;
 * a connection says its protocol.
 */
public class TwinCrossrefProposalProvider extends IdeCrossrefProposalProvider {

    @Inject
    private SignalDetail signalDetail;

    @Override
    protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
            ContentAssistContext context) {
        ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
        if (entry != null && PlantPackage.Literals.SIGNAL.isSuperTypeOf(candidate.getEClass())
                && resolve(candidate, context) instanceof Signal signal) {
            entry.setDescription(signalDetail.of(signal));
            entry.setDocumentation(signal.getDisplayName());
        } else if (entry != null && TwinPackage.Literals.CONNECTION.isSuperTypeOf(candidate.getEClass())) {
            entry.setDescription(TwinPackage.Literals.OPC_UA_CONNECTION.isSuperTypeOf(candidate.getEClass())
                    ? "OPC UA connection" : "Modbus TCP connection");
        }
        return entry;
    }

    /** The scope may hand out proxies; resolve in the edited resource's set, where the plant is loaded. */
    private static EObject resolve(IEObjectDescription candidate, ContentAssistContext context) {
        EObject object = candidate.getEObjectOrProxy();
        if (object != null && object.eIsProxy() && context.getResource() != null) {
            object = EcoreUtil.resolve(object, context.getResource());
        }
        return object == null || object.eIsProxy() ? null : object;
    }
}
