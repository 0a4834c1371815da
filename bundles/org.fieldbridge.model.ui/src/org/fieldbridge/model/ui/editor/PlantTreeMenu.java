/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.ui.viewers.ItemProviderLabelProvider;

/**
 * The plant tree's context menu: New Child (what the item providers allow under the selected element, in
 * plant words: Signal, Equipment, Calibration Record ...), Undo, Redo, Cut, Copy, Paste and Delete. A new
 * child is one command (Undo removes it) and gets a free name ({@code Signal1}, {@code Signal2}, ...) so the
 * plant stays valid; it is selected once created. Registered with the site, so other bundles may add to the
 * menu's {@code additions}.
 */
final class PlantTreeMenu {

    /** Id of the New Child submenu (for tests and contributions). */
    static final String NEW_CHILD = "newChild";

    private final TreeViewer viewer;
    private final AdapterFactoryEditingDomain domain;
    private final EditingActions actions;

    private PlantTreeMenu(TreeViewer viewer, AdapterFactoryEditingDomain domain, EditingActions actions) {
        this.viewer = viewer;
        this.domain = domain;
        this.actions = actions;
    }

    /** Gives the tree its context menu. */
    static MenuManager install(TreeViewer viewer, AdapterFactoryEditingDomain domain, EditingActions actions,
            IWorkbenchPartSite site) {
        PlantTreeMenu menu = new PlantTreeMenu(viewer, domain, actions);
        MenuManager manager = new MenuManager("#PopupMenu");
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu::fill);
        viewer.getControl().setMenu(manager.createContextMenu(viewer.getControl()));
        if (site instanceof IEditorSite editorSite) {
            // the plant's elements, not the file: no Compare With / Replace With of the .plant file here
            editorSite.registerContextMenu(manager, viewer, false);
        } else {
            site.registerContextMenu(manager, viewer);
        }
        return manager;
    }

    private void fill(IMenuManager menu) {
        actions.update();
        MenuManager newChild = new MenuManager("&New Child", NEW_CHILD);
        newChildActions().forEach(newChild::add);
        menu.add(newChild);
        menu.add(new Separator("edit"));
        menu.add(actions.undo());
        menu.add(actions.redo());
        menu.add(new Separator());
        menu.add(actions.clipboard().cut());
        menu.add(actions.clipboard().copy());
        menu.add(actions.clipboard().paste());
        menu.add(actions.delete());
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** One action per child the selected element may get; none for no or several selected elements. */
    List<Action> newChildActions() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (selected.size() != 1 || !(selected.get(0) instanceof EObject owner)) {
            return List.of();
        }
        return domain.getNewChildDescriptors(owner, null).stream()
                .filter(d -> d instanceof CommandParameter p && p.getValue() instanceof EObject)
                .map(d -> newChild(owner, (CommandParameter) d)).toList();
    }

    private Action newChild(EObject owner, CommandParameter descriptor) {
        EObject child = descriptor.getEValue();
        Action action = new Action(PlantWords.child(child.eClass(), descriptor.getEStructuralFeature())) {
            @Override
            public void run() {
                if (child instanceof NamedElement named) {
                    named.setName(UniqueNames.fresh(owner, PlantWords.namePrefix(child.eClass())));
                }
                Command create = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                if (create.canExecute()) {
                    domain.getCommandStack().execute(create);
                }
            }
        };
        Object image = domain.getAdapterFactory().adapt(child, IItemLabelProvider.class) instanceof IItemLabelProvider
                labels ? labels.getImage(child) : null;
        action.setImageDescriptor(ItemProviderLabelProvider.descriptor(image));
        return action;
    }
}
