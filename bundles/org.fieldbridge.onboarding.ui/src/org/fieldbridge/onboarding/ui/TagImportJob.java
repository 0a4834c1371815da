/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.onboarding.ImportPreview;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.onboarding.ReviewDecisions;
import org.fieldbridge.workspace.FieldbridgeNature;

/**
 * Writes a reviewed import: the importer creates or adds to the .plant and .twin in the target folder (as
 * {@code fieldbridge import} does), the folder is refreshed so that the project builder checks the files (the
 * project becomes a Fieldbridge plant project if it was not one), and the .twin opens in its editor.
 */
final class TagImportJob extends WorkspaceJob {

    private final ImportPreview preview;
    private final ReviewDecisions decisions;
    private final IContainer target;
    private volatile ImportResult result;

    TagImportJob(ImportPreview preview, ReviewDecisions decisions, IContainer target) {
        super("Importing tags into " + target.getFullPath());
        this.preview = preview;
        this.decisions = decisions;
        this.target = target;
        setUser(true);
        setRule(target.getWorkspace().getRoot()); // adding the nature changes the project description: the root's rule
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing the .plant and .twin", 3);
        try {
            result = TwinRules.importer().write(preview, decisions);
        } catch (IOException | IllegalArgumentException e) {
            return Status.error("Nothing was imported: " + e.getMessage());
        }
        progress.worked(1);
        progress.subTask("Checking the files");
        FieldbridgeNature.addTo(target.getProject(), progress.split(1));
        target.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
        IFile twin = fileOf(result.twinFile());
        if (twin != null) {
            open(twin);
        }
        return Status.info(result.summary());
    }

    private IFile fileOf(Path file) {
        return target.getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()));
    }

    private static void open(IFile twin) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page != null) {
                try {
                    IDE.openEditor(page, twin);
                } catch (PartInitException e) {
                    // the files are written and checked; not opening the editor loses nothing
                }
            }
        });
    }

    /** @return what was imported, null until the job is done */
    ImportResult result() {
        return result;
    }
}
