/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.outline;

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
 */
public final class TwinOutlinePage extends ContentOutlinePage {

    private final Consumer<DocumentSymbol> reveal;
    private List<DocumentSymbol> symbols = List.of();

    /** @param reveal shows a symbol in the editor */
    public TwinOutlinePage(Consumer<DocumentSymbol> reveal) {
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolTree());
        viewer.setLabelProvider(new SymbolLabels());
        viewer.setInput(symbols);
    }

    /** Shows these symbols (UI thread), keeping what was expanded where the tree has it still. */
    public void update(List<DocumentSymbol> latest) {
        symbols = latest;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            Object[] expanded = viewer.getExpandedElements();
            viewer.setInput(latest);
            viewer.setExpandedElements(expanded);
        }
    }

    /** @return the symbols shown */
    public List<DocumentSymbol> symbols() {
        return symbols;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getStructuredSelection().getFirstElement() instanceof DocumentSymbol symbol) {
            reveal.accept(symbol);
        }
    }

    private static final class SymbolTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
            return children != null && !children.isEmpty();
        }
    }

    private static final class SymbolLabels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return ((DocumentSymbol) element).getName();
        }

        @Override
        public Image getImage(Object element) {
            String image = switch (((DocumentSymbol) element).getKind()) {
                case Interface, Module, Package -> ISharedImages.IMG_OBJ_FOLDER;
                case Event -> ISharedImages.IMG_OBJS_WARN_TSK;
                default -> ISharedImages.IMG_OBJ_ELEMENT;
            };
            return PlatformUI.getWorkbench().getSharedImages().getImage(image);
        }
    }
}
