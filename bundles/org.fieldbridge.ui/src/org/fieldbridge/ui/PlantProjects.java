/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.workspace.FieldbridgeNature;

/**
 * Makes the folders of the plant files the workbench opens reachable as workspace projects, so that their
 * .plant and .twin files show in the Project Explorer and commands can run on them.
 *
 * <p>A folder is <em>linked</em>, never copied or written to: the project lives in the workspace (where
 * generated output goes) and its {@value #MODEL_FOLDER} folder is a linked folder pointing at the plant's
 * own folder. Relative imports between .twin and .plant files keep working because the files stay where
 * they are, and a read-only folder (an installed product's examples) works as well. A project that already
 * links the folder is reused, so starting the workbench again does not add projects. Every such project has
 * the Fieldbridge nature, so its files are checked by the project builder.</p>
 */
public final class PlantProjects {

    /** Name of the linked folder holding the plant's files in each project. */
    public static final String MODEL_FOLDER = "model";

    /** Job family of {@link #linkInBackground(List)}, for tests that wait for it. */
    public static final Object FAMILY = PlantProjects.class;

    private static final int MAX_NAME_TRIES = 100;

    private final IWorkspace workspace;

    /** @param workspace the workspace to add projects to */
    public PlantProjects(IWorkspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Links the folders of the given plant files in a background job holding the workspace root rule.
     *
     * @param plantFiles the plant files whose folders should be reachable
     * @return the scheduled job (family {@link #FAMILY})
     */
    public Job linkInBackground(List<Path> plantFiles) {
        Job job = new WorkspaceJob("Linking plant folders into the workspace") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                link(plantFiles, monitor);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(workspace.getRoot());
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /**
     * Makes the folder of every given plant file reachable in the workspace. Needs the workspace root rule.
     *
     * @param plantFiles plant files; files whose folder does not exist are skipped with a warning in the log
     * @param monitor progress
     * @return the project of each distinct folder, in the order of the files
     * @throws CoreException when the workspace refuses to create or link a project
     */
    public List<IProject> link(List<Path> plantFiles, IProgressMonitor monitor) throws CoreException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : plantFiles) {
            Path folder = file.toAbsolutePath().getParent();
            try {
                folders.add(folder.toRealPath());
            } catch (IOException e) {
                ILog.of(PlantProjects.class).warn("Plant folder " + folder + " is not available: " + e);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, folders.size());
        List<IProject> projects = new ArrayList<>();
        for (Path folder : folders) {
            projects.add(link(folder, progress.split(1)));
        }
        return projects;
    }

    /**
     * @param folder an existing folder (a real path: no symbolic links, so that locations compare equal)
     * @return the project through which the folder is reachable: the one containing it, the one linking it,
     *         or a new project named after the folder
     */
    private IProject link(Path folder, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        IPath location = IPath.fromOSString(folder.toString());
        IWorkspaceRoot root = workspace.getRoot();
        IContainer inside = root.getContainerForLocation(location);
        if (inside != null && inside.getType() != IResource.ROOT && inside.getProject().isOpen()) {
            inside.refreshLocal(IResource.DEPTH_INFINITE, progress.split(2));
            FieldbridgeNature.addTo(inside.getProject(), progress.split(1));
            return inside.getProject();
        }
        String base = projectName(folder);
        for (int i = 1; i <= MAX_NAME_TRIES; i++) {
            IProject project = root.getProject(i == 1 ? base : base + "-" + i);
            if (!project.exists()) {
                return create(project, location, progress);
            }
            if (!project.isOpen()) {
                project.open(progress.split(1));
            }
            IFolder model = project.getFolder(MODEL_FOLDER);
            if (model.isLinked() && location.equals(model.getLocation())) {
                model.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
                FieldbridgeNature.addTo(project, progress.split(1)); // projects linked before there was a nature
                return project;
            }
        }
        throw new CoreException(Status.error("No free project name for plant folder " + folder));
    }

    private IProject create(IProject project, IPath location, SubMonitor progress) throws CoreException {
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        description.setComment("Plant files linked from " + location.toOSString() + " by the Fieldbridge workbench");
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        project.getFolder(MODEL_FOLDER).createLink(location, IResource.NONE, progress.split(1));
        FieldbridgeNature.addTo(project, null);
        return project;
    }

    /** The folder's name when the workspace accepts it as a project name, else a neutral one. */
    private String projectName(Path folder) {
        Path name = folder.getFileName();
        String candidate = name == null ? "plant" : name.toString();
        return workspace.validateName(candidate, IResource.PROJECT).isOK() ? candidate : "plant";
    }
}
