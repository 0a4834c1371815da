/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.simulate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Simulate: starts the generated simulator of the selected project's, folder's or file's .twin files (a
 * {@link SimulationJob}) and shows its console.
 */
public final class SimulateHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.fieldbridge.ui.simulate";

    /** @return the scheduled {@link SimulationJob}, or {@code null} when nothing suitable is selected */
    @Override
    public Object execute(ExecutionEvent event) {
        IResource resource = selected(HandlerUtil.getCurrentSelection(event));
        if (resource == null) {
            return null;
        }
        SimulationJob job = new SimulationJob(resource);
        show(SimulatorSession.consoleForRun(resource.getProject()), HandlerUtil.getActiveWorkbenchWindow(event));
        job.schedule();
        return job;
    }

    /**
     * Opens the Console view on the console now (on the UI thread): the console manager's own
     * {@code showConsoleView} does it later, and a view it opens can miss a console added just before.
     */
    private static void show(IConsole console, IWorkbenchWindow window) {
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
            return;
        }
        try {
            IConsoleView view = (IConsoleView) page.showView(IConsoleConstants.ID_CONSOLE_VIEW, null,
                    IWorkbenchPage.VIEW_VISIBLE);
            view.display(console);
        } catch (PartInitException e) {
            ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
        }
    }

    /** @return the selected resource (the first one), or {@code null} */
    static IResource selected(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            return Adapters.adapt(structured.getFirstElement(), IResource.class);
        }
        return null;
    }
}
