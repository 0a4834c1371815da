/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.fieldbridge.model.ui.viewers.PlantHierarchyContentProvider;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * The plant editor's Outline: the plant's structure without its details (enterprise, sites, areas, lines,
 * cells and equipment; controllers, instruments and roles), a map for finding one's way in a large plant.
 * Selecting there selects and reveals the element in the editor; selecting in the editor selects the
 * element's nearest place in the outline (a signal's equipment). It follows every change of the plant.
 */
final class PlantOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;
    private final Resource resource;
    private final TreeViewer editorTree;
    private final CommandStackListener refresher = this::commandStackChanged;
    private final ISelectionChangedListener editorFollower = this::editorSelectionChanged;
    /** Set while one side follows the other, so that the follower does not lead back. */
    private boolean following;

    PlantOutlinePage(AdapterFactory adapterFactory, EditingDomain domain, Resource resource, TreeViewer editorTree) {
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.resource = resource;
        this.editorTree = editorTree;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer outline = getTreeViewer();
        outline.setUseHashlookup(true);
        outline.setContentProvider(new PlantHierarchyContentProvider(adapterFactory));
        outline.setLabelProvider(new PlantLabelProvider(adapterFactory));
        outline.setInput(resource);
        outline.expandToLevel(6);
        editorTree.addSelectionChangedListener(editorFollower);
        domain.getCommandStack().addCommandStackListener(refresher);
        editorSelectionChanged(null);
    }

    /** The user selected in the outline: the editor follows. */
    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (following || editorTree.getControl().isDisposed()) {
            return;
        }
        following = true;
        try {
            editorTree.setSelection(event.getSelection(), true);
        } finally {
            following = false;
        }
    }

    private void editorSelectionChanged(SelectionChangedEvent event) {
        TreeViewer outline = getTreeViewer();
        if (following || outline == null || outline.getControl().isDisposed()) {
            return;
        }
        List<Object> places = new ArrayList<>();
        for (Object selected : editorTree.getStructuredSelection()) {
            Object place = place(selected);
            if (place != null && !places.contains(place)) {
                places.add(place);
            }
        }
        following = true;
        try {
            outline.setSelection(new StructuredSelection(places), true);
        } finally {
            following = false;
        }
    }

    /** The element itself if the outline shows it, else its nearest container that it shows. */
    private static Object place(Object element) {
        for (Object e = element; e instanceof EObject object; e = object.eContainer()) {
            if (PlantHierarchyContentProvider.shows(object)) {
                return object;
            }
        }
        return null;
    }

    private void commandStackChanged(EventObject event) {
        TreeViewer outline = getTreeViewer();
        if (outline == null || outline.getControl().isDisposed()) {
            return;
        }
        outline.getControl().getDisplay().asyncExec(() -> {
            if (!outline.getControl().isDisposed()) {
                outline.refresh();
                editorSelectionChanged(null);
            }
        });
    }

    /** @return what the outline shows as selected */
    IStructuredSelection outlineSelection() {
        return getTreeViewer().getStructuredSelection();
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(refresher);
        if (!editorTree.getControl().isDisposed()) {
            editorTree.removeSelectionChangedListener(editorFollower);
        }
        super.dispose();
    }
}
