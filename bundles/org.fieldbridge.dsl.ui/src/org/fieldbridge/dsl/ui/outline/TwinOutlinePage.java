/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a {@code .twin} editor: the document symbols of the language server (connections,
 * mappings by HMI tag, address and signal, alignments, behaviours). Selecting one selects it in the editor.
 *
 * <p>A file has thousands of mappings, and the outline follows every reconcile, so the tree is never rebuilt:
 * its elements are {@link OutlineNode}s kept across updates, and an update refreshes only the parents whose
 * children were added, removed or reordered (and there only the rows that changed). The tree is not virtual: on
 * GTK a virtual tree measures every row of an expanded parent each time a row is shown (TwinEditorBench: stalls
 * of a second with 2,000 mappings).</p>
 */
public final class TwinOutlinePage extends ContentOutlinePage {

    private final Consumer<DocumentSymbol> reveal;
    private List<DocumentSymbol> symbols = List.of();
    private List<OutlineNode> roots = List.of();
    private volatile long lastUpdateNanos;

    /** @param reveal shows a symbol in the editor */
    public TwinOutlinePage(Consumer<DocumentSymbol> reveal) {
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new NodeTree());
        viewer.setLabelProvider(new NodeLabels());
        viewer.setInput(this);
    }

    /**
     * Shows these symbols (UI thread): the elements still there keep their tree items and expansion; only the
     * parents whose children changed are refreshed.
     */
    public void update(List<DocumentSymbol> latest) {
        long start = System.nanoTime();
        symbols = latest;
        List<OutlineNode> changed = new ArrayList<>();
        List<OutlineNode> merged = OutlineNode.merge(roots, latest, changed::add);
        boolean rootsChanged = !OutlineNode.sameNodes(merged, roots);
        roots = merged;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            if (rootsChanged) {
                boolean first = viewer.getTree().getItemCount() == 0;
                viewer.refresh(false);
                if (first) {
                    viewer.expandToLevel(2); // the file's statements, as an engineer looks for them
                }
            } else {
                for (OutlineNode node : changed) {
                    viewer.refresh(node, false);
                }
            }
        }
        lastUpdateNanos = System.nanoTime() - start;
    }

    /** @return the symbols shown */
    public List<DocumentSymbol> symbols() {
        return symbols;
    }

    /** @return how long the latest {@link #update} took on the UI thread, in nanoseconds (TwinEditorBench) */
    public long lastUpdateNanos() {
        return lastUpdateNanos;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getStructuredSelection().getFirstElement() instanceof OutlineNode node) {
            reveal.accept(node.symbol());
        }
    }

    private final class NodeTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return roots.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((OutlineNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((OutlineNode) element).children().isEmpty();
        }
    }

    private static final class NodeLabels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return ((OutlineNode) element).symbol().getName();
        }

        @Override
        public Image getImage(Object element) {
            String image = switch (((OutlineNode) element).symbol().getKind()) {
                case Interface, Module, Package -> ISharedImages.IMG_OBJ_FOLDER;
                case Event -> ISharedImages.IMG_OBJS_WARN_TSK;
                default -> ISharedImages.IMG_OBJ_ELEMENT;
            };
            return PlatformUI.getWorkbench().getSharedImages().getImage(image);
        }
    }
}
