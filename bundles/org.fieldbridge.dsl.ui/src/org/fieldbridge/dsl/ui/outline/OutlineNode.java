/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * One element of the outline tree, kept across reconciles: a statement stays the same node (the same tree item)
 * for as long as it keeps its kind and name, and only takes the latest symbol (its ranges move as the text
 * around it changes). Lets the outline change only what an edit changed instead of rebuilding the tree of a file
 * of thousands of mappings on every keystroke.
 */
final class OutlineNode {

    private final SymbolKind kind;
    private final String name;
    private DocumentSymbol symbol;
    private List<OutlineNode> children = List.of();

    private OutlineNode(DocumentSymbol symbol) {
        this.kind = symbol.getKind();
        this.name = symbol.getName();
        this.symbol = symbol;
    }

    /** @return the latest symbol of this element (its name and kind never change) */
    DocumentSymbol symbol() {
        return symbol;
    }

    List<OutlineNode> children() {
        return children;
    }

    /**
     * Builds the nodes of these symbols, reusing the given nodes of the elements that are still there.
     *
     * @param previous the nodes shown so far, at this level
     * @param symbols the latest symbols at this level
     * @param changed receives each reused node whose children were added, removed or reordered (to refresh in the
     *        tree); the list returned itself differs from {@code previous} when this level changed
     * @return the nodes of the latest symbols, in order
     */
    static List<OutlineNode> merge(List<OutlineNode> previous, List<DocumentSymbol> symbols,
            Consumer<OutlineNode> changed) {
        Map<String, Deque<OutlineNode>> reusable = new HashMap<>();
        for (OutlineNode node : previous) {
            reusable.computeIfAbsent(node.key(), k -> new ArrayDeque<>()).add(node);
        }
        List<OutlineNode> nodes = new ArrayList<>(symbols.size());
        for (DocumentSymbol symbol : symbols) {
            Deque<OutlineNode> same = reusable.get(key(symbol.getKind(), symbol.getName()));
            boolean reused = same != null && !same.isEmpty();
            OutlineNode node = reused ? same.poll() : new OutlineNode(symbol);
            node.symbol = symbol;
            List<DocumentSymbol> below = symbol.getChildren() == null ? List.of() : symbol.getChildren();
            List<OutlineNode> children = merge(node.children, below, changed);
            if (reused && !sameNodes(children, node.children)) {
                changed.accept(node);
            }
            node.children = children;
            nodes.add(node);
        }
        return nodes;
    }

    /** @return whether both lists hold the same nodes in the same order */
    static boolean sameNodes(List<OutlineNode> a, List<OutlineNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private String key() {
        return key(kind, name);
    }

    private static String key(SymbolKind kind, String name) {
        return kind + "\u0000" + Objects.toString(name, "");
    }
}
