/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.PlantPackage;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;

/**
 * Messages for references that do not resolve, written for plant engineers: they say whether the name is
 * unknown, ambiguous, or names the wrong kind of element, and carry stable codes.
 */
public class TwinLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

    private static final int MAX_LISTED = 4;

    @Inject
    private PlantImports plantImports;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String text = context.getLinkText();
        if (type.getEPackage() != PlantPackage.eINSTANCE) {
            if (type == TwinPackage.Literals.CONNECTION) {
                return new DiagnosticMessage("No connection named '" + text + "' is declared in this file.",
                        Severity.ERROR, TwinIssueCodes.CONNECTION_UNRESOLVED);
            }
            return super.getUnresolvedProxyMessage(context);
        }
        String kind = type == PlantPackage.Literals.SIGNAL ? "signal" : "equipment";
        String code = type == PlantPackage.Literals.SIGNAL ? TwinIssueCodes.SIGNAL_UNRESOLVED
                : TwinIssueCodes.EQUIPMENT_UNRESOLVED;
        TwinModel model = EcoreUtil2.getContainerOfType(context.getContext(), TwinModel.class);
        if (model != null && model.getImports().isEmpty()) {
            return new DiagnosticMessage("Cannot resolve the " + kind + " '" + text
                    + "': this file imports no plant model (add: import \"<file>.plant\").", Severity.ERROR, code);
        }
        PlantIndex index = plantImports.index(context.getContext().eResource());
        QualifiedName name = qualifiedName(text);
        List<NamedElement> ofKind = name == null ? List.of() : index.matches(name, type);
        if (ofKind.size() > 1) {
            return new DiagnosticMessage("'" + text + "' is ambiguous: it matches " + list(ofKind)
                    + ". Write more of the path to say which.", Severity.ERROR, code);
        }
        List<NamedElement> other = name == null ? List.of() : index.matches(name);
        if (!other.isEmpty()) {
            return new DiagnosticMessage("'" + text + "' is " + describe(other.get(0)) + ", not " + article(kind)
                    + " " + kind + ".", Severity.ERROR, TwinIssueCodes.WRONG_KIND);
        }
        return new DiagnosticMessage("The imported plant model has no " + kind + " '" + text + "'.", Severity.ERROR,
                code);
    }

    private static String article(String kind) {
        return kind.equals("equipment") ? "an" : "a";
    }

    private static String describe(NamedElement element) {
        String type = element.eClass().getName();
        String words = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        String article = "aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ";
        return (element.eClass() == PlantPackage.Literals.EQUIPMENT ? "" : article) + words + " ("
                + PlantIndex.fullName(element) + ")";
    }

    private static String list(List<NamedElement> elements) {
        String shown = elements.stream().limit(MAX_LISTED).map(PlantIndex::fullName)
                .collect(Collectors.joining(", "));
        return elements.size() > MAX_LISTED ? shown + " and " + (elements.size() - MAX_LISTED) + " more" : shown;
    }

    private static QualifiedName qualifiedName(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return QualifiedName.create(text.trim().split("\\.", -1));
    }
}
