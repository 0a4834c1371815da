/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * The {@code Generate runtime} command on a selected .twin file or the .twin file of the active editor: schedules a {@link RuntimeGenerationJob}
 * and returns at once (the job, as the command's result), so the UI thread never waits for the generator.
 * Its outcome is reported by a {@link GenerationReport} in the status line and the Problems view.
 */
public class GenerateRuntimeHandler extends AbstractHandler {

    /** Command id, as registered in plugin.xml. */
    public static final String COMMAND_ID = "org.fieldbridge.codegen.ui.generateRuntime";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile twin = selectedTwin(HandlerUtil.getCurrentSelection(event));
        if (twin == null && HandlerUtil.getActivePart(event) instanceof IEditorPart editor) {
            twin = editedTwin(editor);
        }
        if (twin == null) {
            throw new ExecutionException("Select one .twin file (or open it) to generate a runtime from");
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        // Generate what the user sees: editors with unsaved changes in the project are saved first (asks).
        if (window != null && !IDE.saveAllEditors(new IResource[] { twin.getProject() }, true)) {
            return null;
        }
        RuntimeGenerationJob job = new RuntimeGenerationJob(twin);
        if (window != null) {
            job.addJobChangeListener(new GenerationReport(window, statusLine(HandlerUtil.getActivePart(event))));
        }
        job.schedule();
        return job;
    }

    /** @return the one .twin file selected, or null */
    static IFile selectedTwin(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return null;
        }
        IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
        return file != null && "twin".equals(file.getFileExtension()) ? file : null;
    }

    /** @return the .twin file an editor edits, or null */
    static IFile editedTwin(IEditorPart editor) {
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        return file != null && "twin".equals(file.getFileExtension()) ? file : null;
    }

    private static IStatusLineManager statusLine(IWorkbenchPart part) {
        IWorkbenchPartSite site = part == null ? null : part.getSite();
        if (site instanceof IViewSite view) {
            return view.getActionBars().getStatusLineManager();
        }
        if (site instanceof IEditorSite editor) {
            return editor.getActionBars().getStatusLineManager();
        }
        return null;
    }
}
