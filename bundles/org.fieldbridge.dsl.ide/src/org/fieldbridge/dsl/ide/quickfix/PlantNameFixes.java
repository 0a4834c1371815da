/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.dsl.scoping.PlantImports;
import org.fieldbridge.dsl.scoping.PlantIndex;
import org.fieldbridge.model.plant.PlantPackage;

import com.google.inject.Inject;

/**
 * Fixes of {@code twin.signal.unresolved} and {@code twin.equipment.unresolved}: "Change to Tank3.BathTemp",
 * one per plant name {@link PlantNameChoices} finds for the name written.
 */
public class PlantNameFixes {

    @Inject
    private PlantImports plantImports;

    void propose(FixSite site) {
        INode reference = crossReferenceAt(site);
        if (reference == null) {
            return;
        }
        EClass type = GrammarUtil.getReference((CrossReference) reference.getGrammarElement()).getEReferenceType();
        if (type != PlantPackage.Literals.SIGNAL && type != PlantPackage.Literals.EQUIPMENT) {
            return;
        }
        String written = NodeModelUtils.getTokenText(reference);
        PlantIndex index = plantImports.index(site.resource());
        for (PlantNameChoices.Choice choice : PlantNameChoices.offered(written, type, index)) {
            // the shortest unambiguous name says which element it is; the full path would only make the list wide
            site.replace("Change to " + choice.name(), reference, choice.name());
        }
    }

    /** The node of the cross-reference the diagnostic starts at. */
    private static INode crossReferenceAt(FixSite site) {
        INode node = NodeModelUtils.findLeafNodeAtOffset(site.resource().getParseResult().getRootNode(),
                site.offset());
        while (node != null && !(node.getGrammarElement() instanceof CrossReference)) {
            node = node.getParent();
        }
        return node;
    }
}
