/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * The end of a New file wizard: write the file in a workspace operation (its folders created first), show it
 * in the Project Explorer and open it in its editor; a failure is reported in a dialog and keeps the wizard
 * open.
 */
final class FileCreation {

    /** Writes the file. */
    @FunctionalInterface
    interface Writer {
        void write(IProgressMonitor monitor) throws CoreException;
    }

    private FileCreation() {
    }

    static boolean run(BasicNewResourceWizard wizard, IFile file, Writer writer) {
        WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException {
                if (!file.getParent().exists()) {
                    createFolders(file.getWorkspace().getRoot().getFolder(file.getParent().getFullPath()), monitor);
                }
                writer.write(monitor);
            }
        };
        try {
            wizard.getContainer().run(true, false, operation);
        } catch (InterruptedException e) {
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(wizard.getShell(), "File not created", file.getName() + " could not be created.",
                    cause instanceof CoreException core ? core.getStatus()
                            : Status.error(String.valueOf(cause.getMessage()), cause));
            return false;
        }
        open(wizard, file);
        return true;
    }

    private static void createFolders(IFolder folder, IProgressMonitor monitor)
            throws CoreException {
        if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
            createFolders(parent, monitor);
        }
        folder.create(false, true, monitor);
    }

    private static void open(BasicNewResourceWizard wizard, IFile file) {
        IWorkbenchWindow window = wizard.getWorkbench() == null ? null
                : wizard.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        BasicNewResourceWizard.selectAndReveal(file, window);
        try {
            IDE.openEditor(page, file, true);
        } catch (PartInitException e) {
            // the file exists and shows in the Project Explorer; not opening it is no reason to fail the wizard
            ILog.of(FileCreation.class).log(e.getStatus());
        }
    }
}
