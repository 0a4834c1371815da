/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * When a {@code .plant} file of the workspace is saved, added, removed or replaced, has the language server
 * check the open {@code .twin} documents again, so that their markers follow the plant without a keystroke.
 * The server reads the changed plant again by itself ({@link LoadedPlants}); this only says when. The check
 * runs in a job: the change may come from the UI thread (the plant editor's Save).
 */
public final class PlantFileChanges implements IResourceChangeListener {

    /** Job family of the re-checks (tests wait for it). */
    public static final Object FAMILY = PlantFileChanges.class;

    private final IWorkspace workspace;
    private final Job recheck;

    private PlantFileChanges(IWorkspace workspace, TwinLanguageServer server) {
        this.workspace = workspace;
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
        if (event.getDelta() != null && touchesPlant(event.getDelta())) {
            recheck.schedule();
        }
    }

    private static boolean touchesPlant(IResourceDelta delta) {
        boolean[] found = { false };
        try {
            delta.accept(child -> {
                IResource resource = child.getResource();
                if (resource.getType() == IResource.FILE && "plant".equals(resource.getFileExtension())
                        && (child.getKind() != IResourceDelta.CHANGED
                                || (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    found[0] = true;
                }
                return !found[0];
            });
        } catch (CoreException e) {
            return true; // when in doubt, check again
        }
        return found[0];
    }
}
