/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The line comments written directly above a statement (no blank line between), which belong to it: a
 * check may read them, e.g. a {@link CalibrationAcceptance}.
 */
final class StatementComments {

    private StatementComments() {
    }

    /**
     * The comment lines directly above a statement that starts its line.
     *
     * @param statement a statement of a .twin file
     * @return the comment lines, top first, each trimmed and starting with {@code //}; empty if there are none
     *         or the statement does not start its line
     */
    static List<String> above(EObject statement) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(statement);
        if (node == null) {
            return List.of();
        }
        String text = node.getRootNode().getText();
        int lineStart = lineStart(text, node.getOffset());
        if (!text.substring(lineStart, node.getOffset()).isBlank()) {
            return List.of();
        }
        List<String> comments = new ArrayList<>();
        while (lineStart > 0) {
            int previous = lineStart(text, lineStart - 1);
            String line = text.substring(previous, lineStart).trim();
            if (!line.startsWith("//")) {
                break;
            }
            comments.add(0, line);
            lineStart = previous;
        }
        return comments;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }
}
