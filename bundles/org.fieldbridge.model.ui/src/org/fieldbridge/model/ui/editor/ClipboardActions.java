/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut, Copy and Paste of plant elements, as handlers of the workbench's global actions (Edit menu, Ctrl+X,
 * Ctrl+C, Ctrl+V, the tree's context menu). The clipboard is the editor's editing domain's (EMF's
 * {@link CutToClipboardCommand}, {@link CopyToClipboardCommand}, {@link PasteFromClipboardCommand}): a copy
 * keeps its attributes, children and references; Cut and Paste moves the elements themselves (see
 * {@link #paste}). Paste goes into the selected
 * element or, where it cannot hold what is pasted (a signal pasted on a signal), next to it; a pasted element
 * whose name is taken there gets a free one ({@link UniqueNames}).
 */
final class ClipboardActions {

    private final EditingDomain domain;
    private final Supplier<IStructuredSelection> selection;

    private final Action cut = new Action("Cu&t") {
        @Override
        public void run() {
            execute(cutCommand());
            cutClipboard = domain.getClipboard();
        }
    };
    /** The clipboard a Cut filled: the removed elements themselves, which the first Paste puts back. */
    private Collection<Object> cutClipboard;
    private final Action copy = new Action("&Copy") {
        @Override
        public void run() {
            execute(copyCommand());
        }
    };
    private final Action paste = new Action("&Paste") {
        @Override
        public void run() {
            execute(pasteCommand());
        }
    };

    ClipboardActions(EditingDomain domain, Supplier<IStructuredSelection> selection) {
        this.domain = domain;
        this.selection = selection;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        cut.setActionDefinitionId("org.eclipse.ui.edit.cut");
        cut.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
    }

    /** Puts the actions on action bars as the global Cut, Copy and Paste. */
    void contributeTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
    }

    /** Enables what the selection and the clipboard allow. */
    void update() {
        boolean selected = !selection.get().isEmpty();
        cut.setEnabled(selected && cutCommand().canExecute());
        copy.setEnabled(selected && copyCommand().canExecute());
        paste.setEnabled(domain.getClipboard() != null && !domain.getClipboard().isEmpty()
                && pasteCommand().canExecute());
    }

    IAction cut() {
        return cut;
    }

    IAction copy() {
        return copy;
    }

    IAction paste() {
        return paste;
    }

    private Command cutCommand() {
        return CutToClipboardCommand.create(domain, selected());
    }

    private Command copyCommand() {
        return CopyToClipboardCommand.create(domain, selected());
    }

    /** Into the one selected element, else next to it; each paste copies the clipboard afresh. */
    private Command pasteCommand() {
        List<?> selected = selected();
        if (selected.size() != 1 || !(selected.get(0) instanceof EObject target)) {
            return UnexecutableCommand.INSTANCE;
        }
        Command into = paste(target, null, CommandParameter.NO_INDEX);
        if (!into.canExecute() && target.eContainer() != null && target.eContainingFeature().isMany()) {
            List<?> siblings = (List<?>) target.eContainer().eGet(target.eContainingFeature());
            into.dispose();
            into = paste(target.eContainer(), target.eContainingFeature(), siblings.indexOf(target) + 1);
        }
        return into.canExecute() ? new UniquelyNamed(domain, into, Command::getResult) : into;
    }

    /**
     * After a Cut, the first Paste adds the cut elements themselves rather than copies (EMF's paste copies),
     * so that what referred to them (signals to a cut instrument or unit, equipment to a cut controller)
     * refers to them again; a Cut and Paste is a move. Later pastes copy.
     */
    private Command paste(EObject owner, EStructuralFeature feature, int index) {
        Collection<Object> clipboard = domain.getClipboard();
        boolean detached = clipboard != null && clipboard.stream()
                .allMatch(o -> o instanceof EObject e && e.eContainer() == null && e.eResource() == null);
        if (detached && clipboard == cutClipboard) {
            return AddCommand.create(domain, owner, feature, clipboard, index);
        }
        if (!detached && clipboard != null) {
            // the cut elements are in the plant again (pasted once): paste copies of them, with their references
            return AddCommand.create(domain, owner, feature, EcoreUtil.copyAll(clipboard), index);
        }
        return PasteFromClipboardCommand.create(domain, owner, feature, index);
    }

    private List<?> selected() {
        return selection.get().toList();
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
