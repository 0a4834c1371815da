/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.NodeId;
import org.fieldbridge.dsl.twin.SecretLiteral;
import org.fieldbridge.dsl.twin.SecretReference;
import org.fieldbridge.dsl.twin.TwinPackage;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * Semantic highlighting of `.twin` files: what the grammar alone cannot tell apart (a plant reference from a
 * connection reference, an HMI tag from other strings, a secret reference from a literal secret), and units
 * and data types, which the grammar spells with identifiers and keywords.
 */
public class TwinSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment()) {
                continue;
            }
            if (reference.getEReferenceType().getEPackage() == PlantPackage.eINSTANCE) {
                highlightReference(acceptor, object, reference, TwinHighlightingStyles.PLANT_REFERENCE);
            } else if (reference.getEReferenceType() == TwinPackage.Literals.CONNECTION) {
                highlightReference(acceptor, object, reference, TwinHighlightingStyles.CONNECTION_REFERENCE);
            }
        }
        EStructuralFeature unit = object.eClass().getEStructuralFeature("unit");
        if (unit instanceof EAttribute) {
            highlightFeature(acceptor, object, unit, TwinHighlightingStyles.UNIT);
        }
        if (object instanceof DataType) {
            highlightWhole(acceptor, object, TwinHighlightingStyles.DATA_TYPE);
        }
        if (object instanceof Mapping) {
            highlightFeature(acceptor, object, TwinPackage.Literals.MAPPING__TAG, TwinHighlightingStyles.HMI_TAG);
        } else if (object instanceof ModbusAddress || object instanceof NodeId) {
            highlightWhole(acceptor, object, TwinHighlightingStyles.ADDRESS);
        } else if (object instanceof SecretReference) {
            highlightWhole(acceptor, object, TwinHighlightingStyles.SECRET_REFERENCE);
        } else if (object instanceof SecretLiteral) {
            highlightWhole(acceptor, object, TwinHighlightingStyles.SECRET_LITERAL);
        }
        return false;
    }

    /** A qualified name is one position, not one per segment and dot. */
    private static void highlightReference(IHighlightedPositionAcceptor acceptor, EObject object, EReference reference,
            String style) {
        for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
            acceptor.addPosition(node.getOffset(), node.getLength(), style);
        }
    }

    private static void highlightWhole(IHighlightedPositionAcceptor acceptor, EObject object, String style) {
        INode node = NodeModelUtils.findActualNodeFor(object);
        if (node != null) {
            acceptor.addPosition(node.getOffset(), node.getLength(), style);
        }
    }
}
