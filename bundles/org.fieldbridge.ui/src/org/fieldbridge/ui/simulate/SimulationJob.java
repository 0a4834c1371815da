/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Starts the simulator of the .twin files of a project, folder or file in the background: checking and
 * resolving them and opening the ports is work for a Job, never for the UI thread. The job ends once the
 * simulator serves; the simulator keeps running on its own threads until stopped.
 */
public final class SimulationJob extends Job {

    /** Job family, for tests that wait for the start. */
    public static final Object FAMILY = SimulationJob.class;

    private final IResource selected;
    private volatile SimulatorSession session;

    /** @param selected a project, folder or .twin file */
    public SimulationJob(IResource selected) {
        super("Starting the simulator of " + selected.getProject().getName());
        this.selected = selected;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IProject project = selected.getProject();
        SimulatorSession opened = SimulatorSession.open(project);
        session = opened;
        if (SimulatorSession.running(project) != null) {
            opened.out().println("The simulator of " + project.getName()
                    + " is already running: Fieldbridge > Stop Simulator stops it.");
            return Status.OK_STATUS;
        }
        List<Path> twins;
        try {
            twins = twinFiles(selected);
        } catch (CoreException e) {
            opened.out().println("Cannot list the .twin files of " + selected.getFullPath() + ": " + e.getMessage());
            return Status.OK_STATUS;
        }
        if (twins.isEmpty()) {
            opened.out().println("There is no .twin file in " + selected.getFullPath() + ": nothing to simulate.");
            return Status.OK_STATUS;
        }
        List<String> ports = SimulatorPorts.of(project);
        opened.out().println("Simulating " + twins.size() + (twins.size() == 1 ? " .twin file" : " .twin files")
                + " of " + selected.getFullPath() + (ports.isEmpty() ? "" : " (ports: " + String.join(" ", ports)
                        + ")") + " ...");
        PlantSimulator simulator = PlantSimulator.start(twins, ports, places(selected), opened.out());
        if (simulator != null) {
            opened.run(simulator);
        }
        // brings the console to the front with what happened (the view may have opened before it knew it)
        opened.console().activate();
        return Status.OK_STATUS;
    }

    /** @return the session this job started or tried to start (its console), {@code null} before it ran */
    public SimulatorSession session() {
        return session;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return the file system folders of the resource's .twin files and their workspace paths */
    private static Map<String, String> places(IResource resource) {
        Map<String, String> places = new LinkedHashMap<>();
        try {
            resource.accept(r -> {
                if (r instanceof IFile && "twin".equals(r.getFileExtension()) && r.getLocation() != null) {
                    places.putIfAbsent(r.getParent().getLocation().toFile().toPath() + "/",
                            r.getParent().getFullPath().makeRelative() + "/");
                }
                return !r.isDerived() && !r.isHidden();
            });
        } catch (CoreException e) {
            // findings keep their file system paths
        }
        return places;
    }

    /** @return the file system paths of the .twin files in the resource (linked folders followed) */
    static List<Path> twinFiles(IResource resource) throws CoreException {
        List<Path> twins = new ArrayList<>();
        if (resource instanceof IFile) {
            if ("twin".equals(resource.getFileExtension()) && resource.getLocation() != null) {
                twins.add(resource.getLocation().toFile().toPath());
            }
            return twins;
        }
        ((IContainer) resource).accept(r -> {
            if (r.isDerived() || r.isHidden()) {
                return false; // generated output and the like: not the plant's files
            }
            if (r instanceof IFile && "twin".equals(r.getFileExtension()) && r.getLocation() != null) {
                twins.add(r.getLocation().toFile().toPath());
            }
            return true;
        });
        return twins;
    }
}
