/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.fieldbridge.codegen.GenerationResult;

/**
 * Tells the user how a generation ended, without a dialog for expected outcomes: the job's result message
 * in the status line of the part the command ran from (as an error message when the inputs had errors),
 * and the Problems view brought to the front when markers were written. A generator failure
 * ({@link IStatus#ERROR}) is reported by the workbench itself (dialog and log), and its message also goes to
 * the status line.
 */
final class GenerationReport extends JobChangeAdapter {

    private final IWorkbenchWindow window;
    private final IStatusLineManager statusLine;

    /**
     * @param window the window the command ran in
     * @param statusLine the status line of the part the command ran from; null for none
     */
    GenerationReport(IWorkbenchWindow window, IStatusLineManager statusLine) {
        this.window = window;
        this.statusLine = statusLine;
    }

    @Override
    public void done(IJobChangeEvent event) {
        IStatus result = event.getResult();
        RuntimeGenerationJob job = (RuntimeGenerationJob) event.getJob();
        Display display = window.getWorkbench().getDisplay();
        if (result == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> show(result, job));
    }

    private void show(IStatus result, RuntimeGenerationJob job) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        GenerationResult generated = job.generationResult();
        if (statusLine != null) {
            boolean failed = result.getSeverity() == IStatus.ERROR || generated != null && generated.hasErrors();
            statusLine.setErrorMessage(failed ? result.getMessage() : null);
            statusLine.setMessage(failed ? null : result.getMessage());
        }
        boolean markers = generated != null && !generated.findings().isEmpty();
        IWorkbenchPage page = window.getActivePage();
        if (markers && page != null) {
            try {
                page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                // the markers are there; the view can be opened by hand
            }
        }
    }
}
