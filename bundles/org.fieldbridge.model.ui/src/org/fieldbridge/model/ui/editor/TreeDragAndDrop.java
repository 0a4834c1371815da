/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Dragging plant elements within the tree: onto an element moves them into it, between two elements places
 * them there (Ctrl while dropping copies them). The drop is EMF's {@link DragAndDropCommand}, so the item
 * providers decide what may go where (a signal into equipment, equipment into a line or cell) and one Undo
 * takes the drop back; a dropped element whose name is taken in its new parent gets a free one.
 */
public final class TreeDragAndDrop {

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY;

    private TreeDragAndDrop() {
    }

    /** Lets the tree's elements be dragged and dropped within it. */
    static void install(TreeViewer viewer, EditingDomain domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty() && selection.toList().stream().allMatch(EObject.class::isInstance);
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new Drop(viewer, domain));
    }

    /**
     * The command of a drop.
     *
     * @param domain    the editing domain
     * @param target    the element dropped on
     * @param location  {@link ViewerDropAdapter#LOCATION_BEFORE}, {@code _AFTER} or {@code _ON}
     * @param operation {@link DND#DROP_MOVE} or {@link DND#DROP_COPY}
     * @param dragged   the dragged elements
     * @return one undoable command: the drop and the renames it needs
     */
    public static Command drop(EditingDomain domain, Object target, int location, int operation, Collection<?> dragged) {
        if (target == null || dragged.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        // DragAndDropCommand reads the position within the target's row: top fifth before, bottom after.
        float position = switch (location) {
            case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
            case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
            default -> 0.5f;
        };
        Command drop = DragAndDropCommand.create(domain, target, position, OPERATIONS, operation, dragged);
        if (!drop.canExecute()) {
            return drop;
        }
        return new UniquelyNamed(domain, drop, executed -> {
            List<Object> placed = new ArrayList<>(dragged);
            placed.addAll(executed.getResult());
            return placed;
        });
    }

    private static final class Drop extends ViewerDropAdapter {

        private final EditingDomain domain;

        Drop(TreeViewer viewer, EditingDomain domain) {
            super(viewer);
            this.domain = domain;
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData transferType) {
            return LocalSelectionTransfer.getTransfer().isSupportedType(transferType)
                    && command(target, operation).canExecute();
        }

        @Override
        public boolean performDrop(Object data) {
            Command command = command(getCurrentTarget(), getCurrentOperation());
            if (!command.canExecute()) {
                return false;
            }
            domain.getCommandStack().execute(command);
            return true;
        }

        private Command command(Object target, int operation) {
            ISelection dragged = LocalSelectionTransfer.getTransfer().getSelection();
            List<?> elements = dragged instanceof IStructuredSelection s ? s.toList() : List.of();
            return TreeDragAndDrop.drop(domain, target, getCurrentLocation(), operation, elements);
        }
    }
}
