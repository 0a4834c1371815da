/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
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
        ICompositeNode node = NodeModelUtils.getNode(statement);
        int offset = node == null ? -1 : firstTokenOffset(node);
        if (offset <= 0) {
            return List.of();
        }
        // Runs for every statement of every validation: nothing is allocated unless there are comments.
        String text = node.getRootNode().getText();
        int lineStart = lineStart(text, offset);
        if (lineStart == 0 || !isBlank(text, lineStart, offset)) {
            return List.of();
        }
        List<String> comments = null;
        while (lineStart > 0) {
            int previous = lineStart(text, lineStart - 1);
            int first = skipBlanks(text, previous, lineStart);
            if (!text.startsWith("//", first)) {
                break;
            }
            if (comments == null) {
                comments = new ArrayList<>(2);
            }
            comments.add(0, text.substring(first, lineStart).trim());
            lineStart = previous;
        }
        return comments == null ? List.of() : comments;
    }

    /** The offset of the first token of a node, not counting the comments and white space before it. */
    private static int firstTokenOffset(ICompositeNode node) {
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf.getOffset();
            }
        }
        return -1;
    }

    private static boolean isBlank(String text, int from, int to) {
        return skipBlanks(text, from, to) == to;
    }

    private static int skipBlanks(String text, int from, int to) {
        int at = from;
        while (at < to && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }
}
