/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.codegen.model.RuntimeModelBuilder.TwinFile;
import org.fieldbridge.dsl.check.Finding;

/**
 * Where statements of the .twin files are: the file, line and text that generated code cites, and the
 * position of error findings, which it adds to the findings the builder owns.
 */
final class SourcePositions {

    private final List<TwinFile> twins;
    private final List<Finding> findings;
    private final Map<EObject, TwinFile> fileOfModel = new HashMap<>();

    SourcePositions(List<TwinFile> twins, List<Finding> findings) {
        this.twins = twins;
        this.findings = findings;
        for (TwinFile twin : twins) {
            fileOfModel.put(twin.model(), twin);
        }
    }

    TwinFile file(EObject object) {
        EObject root = object;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        TwinFile file = fileOfModel.get(root);
        return file != null ? file : twins.get(0);
    }

    static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? 1 : Math.max(1, node.getStartLine());
    }

    static String text(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? "" : NodeModelUtils.getTokenText(node).replaceAll("\\s+", " ").trim();
    }

    Origin origin(EObject object) {
        return new Origin(file(object).fileName(), line(object), text(object));
    }

    void error(EObject at, String code, String message) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(at);
        int line = 1;
        int column = 1;
        if (node != null) {
            line = Math.max(1, node.getStartLine());
            column = Math.max(1, NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn());
        }
        findings.add(new Finding(file(at).name(), line, column, "error", code, message));
    }
}
