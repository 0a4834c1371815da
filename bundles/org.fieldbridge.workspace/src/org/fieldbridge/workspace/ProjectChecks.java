/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Checks every Fieldbridge project from scratch: at workspace start, so that the Problems view shows what is
 * wrong at once, even for files changed while the workbench was closed (linked folders are edited in place
 * by other tools) and for calibrations that fell due since the last run.
 */
public final class ProjectChecks {

    /** Job family of {@link #checkAllInBackground(IWorkspace)}, for tests that wait for it. */
    public static final Object FAMILY = ProjectChecks.class;

    private ProjectChecks() {
    }

    /**
     * Refreshes and fully builds every open project with the Fieldbridge nature, in a background job.
     *
     * @param workspace the workspace
     * @return the scheduled job (family {@link #FAMILY})
     */
    public static Job checkAllInBackground(IWorkspace workspace) {
        Job job = new WorkspaceJob("Checking plant projects") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                return checkAll(workspace, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(workspace.getRoot());
        job.schedule();
        return job;
    }

    /**
     * Refreshes and fully builds every open project with the Fieldbridge nature (needs the root rule).
     *
     * @param workspace the workspace
     * @param monitor   progress and cancellation
     * @return OK, or the problems of the projects that could not be checked
     */
    public static IStatus checkAll(IWorkspace workspace, IProgressMonitor monitor) {
        IProject[] projects = workspace.getRoot().getProjects();
        SubMonitor progress = SubMonitor.convert(monitor, projects.length * 2);
        MultiStatus result = new MultiStatus(ProjectChecks.class, 0, "Some plant projects could not be checked");
        for (IProject project : projects) {
            try {
                if (project.isOpen() && project.hasNature(FieldbridgeNature.ID)) {
                    project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
                    project.build(IncrementalProjectBuilder.FULL_BUILD, progress.split(1));
                } else {
                    progress.worked(2);
                }
            } catch (CoreException e) {
                result.add(Status.warning("Project " + project.getName() + " could not be checked: "
                        + e.getStatus().getMessage()));
            }
        }
        return result.isOK() ? Status.OK_STATUS : result;
    }
}
