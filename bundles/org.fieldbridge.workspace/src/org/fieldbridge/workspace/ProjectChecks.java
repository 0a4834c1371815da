/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
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
 * Checks Fieldbridge projects from scratch: every one at workspace start and each one when it is opened, so
 * that the Problems view shows what is wrong at once, even for files changed while the workbench or the
 * project was closed (linked folders are edited in place by other tools) and for calibrations that fell due
 * since the last check.
 */
public final class ProjectChecks {

    /** Job family of {@link #checkAllInBackground(IWorkspace)}, for tests that wait for it. */
    public static final Object FAMILY = ProjectChecks.class;

    private ProjectChecks() {
    }

    /** The listener of {@link #checkOnOpen(IWorkspace)}, once per session. */
    private static final AtomicBoolean LISTENING = new AtomicBoolean();

    /**
     * From now on, checks a plant project from scratch whenever it is opened: its files may have changed
     * on disk while it was closed (linked folders are edited by other tools), and opening a project does
     * not refresh its linked folders. Registers once however often it is called.
     *
     * @param workspace the workspace
     */
    public static void checkOnOpen(IWorkspace workspace) {
        if (!LISTENING.compareAndSet(false, true)) {
            return;
        }
        workspace.addResourceChangeListener(event -> {
            IResourceDelta delta = event.getDelta();
            if (delta == null) {
                return;
            }
            List<IProject> opened = new ArrayList<>();
            for (IResourceDelta child : delta.getAffectedChildren(IResourceDelta.CHANGED)) {
                if ((child.getFlags() & IResourceDelta.OPEN) != 0 && child.getResource() instanceof IProject project
                        && project.isOpen()) {
                    opened.add(project);
                }
            }
            if (!opened.isEmpty()) {
                checkInBackground(workspace, opened);
            }
        }, IResourceChangeEvent.POST_CHANGE);
    }

    /**
     * Refreshes and fully builds every open project with the Fieldbridge nature, in a background job.
     *
     * @param workspace the workspace
     * @return the scheduled job (family {@link #FAMILY})
     */
    public static Job checkAllInBackground(IWorkspace workspace) {
        return checkInBackground(workspace, null);
    }

    /**
     * Checks one project again from scratch, in the background, when it has the Fieldbridge nature: for
     * example after an editor's unsaved changes were thrown away, whose as-you-type markers describe text
     * that no longer exists. The check replaces every checker marker of the project.
     *
     * @param project the project
     * @return whether a check was scheduled (job family {@link #FAMILY}); false for a closed project or one
     *         without the nature, whose markers nobody else keeps
     */
    public static boolean recheck(IProject project) {
        try {
            if (!project.isOpen() || !project.hasNature(FieldbridgeNature.ID)) {
                return false;
            }
        } catch (CoreException e) {
            return false;
        }
        checkInBackground(project.getWorkspace(), List.of(project));
        return true;
    }

    /** @param projects the projects to check, {@code null} for all */
    private static Job checkInBackground(IWorkspace workspace, List<IProject> projects) {
        Job job = new WorkspaceJob("Checking plant projects") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                return check(projects == null ? List.of(workspace.getRoot().getProjects()) : projects, monitor);
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
        return check(List.of(workspace.getRoot().getProjects()), monitor);
    }

    private static IStatus check(List<IProject> projects, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, projects.size() * 2);
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
