/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.outline;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.fieldbridge.dsl.twin.AlignTarget;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinPackage;

/**
 * Names in the outline (LSP document symbols): named elements by their name, and the unnamed statements
 * engineers look for by what they connect: a mapping as {@code "Temp_Sensor_7B" holding 40021 -> Tank3.BathTemp},
 * an alignment by its signals.
 */
public class TwinSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        if (object instanceof Mapping mapping) {
            String tag = mapping.getTag() == null ? "" : "\"" + mapping.getTag() + "\" ";
            return tag + text(mapping.getSource()) + " -> " + text(mapping, TwinPackage.Literals.MAPPING__SIGNAL);
        }
        if (object instanceof Alignment alignment) {
            return "align " + alignment.getTargets().stream().map(TwinSymbolNames::text)
                    .collect(Collectors.joining(", "));
        }
        if (object instanceof AlignTarget) {
            return null; // shown in the alignment's name
        }
        // the simple name: the outline already shows the nesting, a qualified name repeats the package
        return SimpleAttributeResolver.NAME_RESOLVER.apply(object);
    }

    private static String text(EObject object) {
        INode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
        return node == null ? "?" : NodeModelUtils.getTokenText(node);
    }

    private static String text(EObject object, EStructuralFeature feature) {
        return NodeModelUtils.findNodesForFeature(object, feature).stream().map(NodeModelUtils::getTokenText)
                .findFirst().orElse("?");
    }
}
