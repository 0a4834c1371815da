/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.write.WriteTarget;

/**
 * "Write Value..." on a live value: in a Job, loads the mapping's .twin file and reads the value now; then opens
 * {@link WriteValueDialog} on the UI thread. The dialog refuses when Allow Writes is off for the connection.
 */
public final class WriteValueHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof LiveValue value) {
            open(shell, value);
        }
        return null;
    }

    /**
     * Prepares and opens the dialog for a live value.
     *
     * @param shell the parent shell
     * @param value the live value
     * @return the Job preparing it
     */
    public static Job open(Shell shell, LiveValue value) {
        var preferred = WorkspaceTwins.activeProject();
        Job job = Job.create("Reading " + value.mapping().signal() + " before writing", (IProgressMonitor monitor) -> {
            Optional<WriteSession> session;
            try {
                session = WriteSession.open(value.mapping(), preferred);
            } catch (IOException e) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, "Write Value", e.getMessage()));
                return Status.OK_STATUS;
            }
            if (session.isEmpty()) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, "Write Value", "No .twin file of"
                        + " the workspace maps " + value.mapping().signal() + " on " + value.mapping().connection()));
                return Status.OK_STATUS;
            }
            WriteSession open = session.get();
            WriteTarget target = open.writes().target(open.mapping());
            shell.getDisplay().asyncExec(() -> {
                // not blocking here: the dialog is modal anyway, and the caller's event loop keeps running
                WriteValueDialog dialog = new WriteValueDialog(shell, target, open.writes(), open.controllerText());
                dialog.setBlockOnOpen(false);
                dialog.open();
                dialog.getShell().addDisposeListener(e -> Job.create("Closing the write connection", m -> {
                    open.close();
                    return Status.OK_STATUS;
                }).schedule());
            });
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }
}
