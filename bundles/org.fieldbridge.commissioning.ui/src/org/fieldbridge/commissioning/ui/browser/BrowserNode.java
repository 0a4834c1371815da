/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.browser;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.opcua.BrowsedNode;

/**
 * One row of the browser's tree: a node of the server's address space and, once browsed, its children. Children
 * are fetched when the row is first expanded (one Browse request for one level); until then the row says so.
 */
public final class BrowserNode {

    private final BrowserNode parent;
    private final BrowsedNode node;
    private volatile List<BrowserNode> children;
    private volatile String problem;
    private volatile boolean loading;

    BrowserNode(BrowserNode parent, BrowsedNode node) {
        this.parent = parent;
        this.node = node;
    }

    /** @return the node as browsed */
    public BrowsedNode node() {
        return node;
    }

    /** @return the row above, null for the Objects folder */
    public BrowserNode parent() {
        return parent;
    }

    /** @return the browse names from below the Objects folder down to this node, e.g. {@code Plant, Zone1, Temp} */
    public List<String> path() {
        List<String> names = new ArrayList<>();
        for (BrowserNode at = this; at != null && at.parent != null; at = at.parent) {
            String browse = at.node.browseName();
            names.add(0, browse.substring(browse.indexOf(':') + 1));
        }
        return names;
    }

    /** @return whether it may have children (objects and folders; variables show their properties as columns) */
    public boolean expandable() {
        return !node.isVariable() && (children == null || !children.isEmpty());
    }

    /** @return the children, null until browsed */
    public List<BrowserNode> children() {
        return children;
    }

    void children(List<BrowsedNode> browsed) {
        List<BrowserNode> rows = new ArrayList<>();
        browsed.stream().filter(n -> n.depth() == 1).forEach(n -> rows.add(new BrowserNode(this, n)));
        children = List.copyOf(rows);
        problem = null;
    }

    /** @return why browsing below this node failed; null when it did not */
    public String problem() {
        return problem;
    }

    void failed(String why) {
        problem = why;
        children = List.of();
    }

    boolean loading() {
        return loading;
    }

    void loading(boolean now) {
        loading = now;
    }

    @Override
    public String toString() {
        return node.browseName() + " (" + node.nodeId() + ")";
    }
}
