/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Checks a Fieldbridge project's .plant and .twin files with the checker of {@code fieldbridge check} and
 * keeps its {@link ProblemMarkers} current.
 *
 * <p>An incremental build runs when a .plant or .twin file of the project was added, changed or removed, and
 * then checks the whole project again: a .plant file's change can make any .twin file importing it wrong (a
 * signal's unit, its range), and which plant instruments the .twin files already judge changes what the
 * plant itself is flagged for, so checking only the saved file would leave other files' markers stale. A
 * project of the example's size checks in well under a second.</p>
 */
public class PlantProjectBuilder extends IncrementalProjectBuilder {

    /** Builder id, as declared in plugin.xml. */
    public static final String ID = "org.fieldbridge.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null || touchesModelFiles(delta)) {
            check(monitor);
        }
        return null;
    }

    private void check(IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        ProjectCheck.Result result = new ProjectCheck(project).run();
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        ProblemMarkers.replace(project, result);
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        ProblemMarkers.clear(getProject());
    }

    private static boolean touchesModelFiles(IResourceDelta delta) throws CoreException {
        boolean[] touched = { false };
        delta.accept(d -> {
            IResource resource = d.getResource();
            if (resource.getType() == IResource.FILE && ProjectCheck.isModelFile(resource)
                    && (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0
                            || (d.getFlags() & IResourceDelta.REPLACED) != 0)) {
                touched[0] = true;
            }
            return !touched[0];
        });
        return touched[0];
    }
}
