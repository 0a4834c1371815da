/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, Redo and Delete of the plant editor, as handlers of the workbench's global actions (Edit menu,
 * Ctrl+Z, Ctrl+Shift+Z, Delete), with Cut, Copy and Paste ({@link ClipboardActions}). All of them work on the
 * editing domain's command stack; Undo's and Redo's labels name the command they would undo or redo.
 */
final class EditingActions {

    private final EditingDomain domain;
    private final Supplier<IStructuredSelection> selection;
    private final ClipboardActions clipboard;

    private final Action undo = new Action() {
        @Override
        public void run() {
            stack().undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack().redo();
        }
    };
    private final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            Command command = deleteCommand();
            if (command.canExecute()) {
                stack().execute(command);
            }
        }
    };

    EditingActions(EditingDomain domain, Supplier<IStructuredSelection> selection) {
        this.domain = domain;
        this.selection = selection;
        this.clipboard = new ClipboardActions(domain, selection);
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        update();
    }

    /**
     * Puts the actions on a part's (or page's) action bars as the global Undo and Redo, and with
     * {@code withDelete} also Delete, Cut, Copy and Paste (the editor's, not the Properties view's text cells).
     */
    void contributeTo(IActionBars bars, boolean withDelete) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        if (withDelete) {
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
            clipboard.contributeTo(bars);
        }
        bars.updateActionBars();
    }

    /** Enables the actions and names their commands after the stack or the selection changed. */
    void update() {
        undo.setEnabled(stack().canUndo());
        undo.setText(label("&Undo", stack().getUndoCommand()));
        redo.setEnabled(stack().canRedo());
        redo.setText(label("&Redo", stack().getRedoCommand()));
        delete.setEnabled(!selection.get().isEmpty() && deleteCommand().canExecute());
        clipboard.update();
    }

    IAction undo() {
        return undo;
    }

    IAction redo() {
        return redo;
    }

    IAction delete() {
        return delete;
    }

    ClipboardActions clipboard() {
        return clipboard;
    }

    private Command deleteCommand() {
        List<?> selected = selection.get().toList();
        return DeleteCommand.create(domain, selected);
    }

    private CommandStack stack() {
        return domain.getCommandStack();
    }

    private static String label(String verb, Command command) {
        return command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
    }
}
