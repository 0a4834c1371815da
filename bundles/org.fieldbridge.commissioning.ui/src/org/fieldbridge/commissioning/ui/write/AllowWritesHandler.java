/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.fieldbridge.commissioning.Controller;

/**
 * "Allow Writes" on connections: switches writes to the selected controllers on or off for their project (off by
 * default, remembered in the workbench's preferences). The menu item is checked when every selected controller
 * allows writes.
 */
public final class AllowWritesHandler extends AbstractHandler implements IElementUpdater {

    /** The command's id. */
    public static final String COMMAND = "org.fieldbridge.commissioning.ui.write.allowWrites";

    @Override
    public Object execute(ExecutionEvent event) {
        toggle(HandlerUtil.getCurrentSelection(event));
        return null;
    }

    /**
     * Switches writes of the selected controllers: on when any is off, else off.
     *
     * @param selection controllers
     * @return whether writes are allowed now
     */
    public static boolean toggle(ISelection selection) {
        List<Target> targets = targets(selection);
        boolean allow = !targets.stream().allMatch(Target::allowed);
        for (Target t : targets) {
            WritePermissions.set(t.project(), t.controller().name(), allow);
        }
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        if (commands != null) {
            commands.refreshElements(COMMAND, null);
        }
        return allow;
    }

    /** A selected controller and the project it belongs to. */
    record Target(Controller controller, String project) {
        boolean allowed() {
            return WritePermissions.allowed(project, controller.name());
        }
    }

    static List<Target> targets(ISelection selection) {
        List<Target> targets = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object element : s.toList()) {
                if (element instanceof Controller c) {
                    Optional<IProject> project = WorkspaceTwins.projectOf(element, c.name());
                    project.ifPresent(p -> targets.add(new Target(c, p.getName())));
                }
            }
        }
        return targets;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        ISelection selection = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getSelectionService().getSelection();
        List<Target> targets = targets(selection);
        element.setChecked(!targets.isEmpty() && targets.stream().allMatch(Target::allowed));
    }
}
