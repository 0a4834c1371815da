/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Tells the language server what changed in the workspace's model files. When a {@code .plant} file is saved,
 * added, removed or replaced, the server checks the open {@code .twin} documents again, so that their markers
 * follow the plant without a keystroke (it reads the changed plant again by itself, {@link LoadedPlants}; this
 * only says when). When {@code .twin} files are removed (a project deleted), the server forgets them. Both run
 * in a job: the change may come from the UI thread (the plant editor's Save).
 */
public final class PlantFileChanges implements IResourceChangeListener {

    /** Job family of the re-checks (tests wait for it). */
    public static final Object FAMILY = PlantFileChanges.class;

    private final IWorkspace workspace;
    private final Job recheck;
    private final TwinLanguageServer server;

    private PlantFileChanges(IWorkspace workspace, TwinLanguageServer server) {
        this.workspace = workspace;
        this.server = server;
        this.recheck = new Job("Checking the open .twin files against the changed plant") {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                server.recheck();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        recheck.setSystem(true);
    }

    /** Starts following the plant files of the workspace for the server; {@link #stop()} ends it. */
    public static PlantFileChanges follow(IWorkspace workspace, TwinLanguageServer server) {
        PlantFileChanges changes = new PlantFileChanges(workspace, server);
        workspace.addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
        return changes;
    }

    public void stop() {
        workspace.removeResourceChangeListener(this);
        recheck.cancel();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        List<Path> removedTwins = new ArrayList<>();
        boolean[] plant = { false };
        try {
            event.getDelta().accept(child -> {
                IResource resource = child.getResource();
                if (resource.getType() != IResource.FILE) {
                    return true;
                }
                if ("plant".equals(resource.getFileExtension()) && (child.getKind() != IResourceDelta.CHANGED
                        || (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    plant[0] = true;
                } else if ("twin".equals(resource.getFileExtension()) && child.getKind() == IResourceDelta.REMOVED) {
                    removedTwins.add(location(resource));
                }
                return false;
            });
        } catch (CoreException e) {
            plant[0] = true; // when in doubt, check again
        }
        if (!removedTwins.isEmpty()) {
            Job.createSystem("Forgetting removed .twin files", (ICoreRunnable) monitor -> server.deleted(removedTwins))
                    .schedule();
        }
        if (plant[0]) {
            recheck.schedule();
        }
    }

    /** Where a file was (the project of a removed file may be gone too). */
    private Path location(IResource resource) {
        IPath location = resource.getLocation();
        if (location == null) {
            location = workspace.getRoot().getLocation().append(resource.getFullPath());
        }
        return location.toPath();
    }
}
