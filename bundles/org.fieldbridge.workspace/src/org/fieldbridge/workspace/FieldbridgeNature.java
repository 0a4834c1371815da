/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The nature of a Fieldbridge plant project: it puts the {@link PlantProjectBuilder} on the project's build
 * spec, so that every .plant and .twin file in it is checked on save and on a full build.
 */
public class FieldbridgeNature implements IProjectNature {

    /** Nature id, as declared in plugin.xml. */
    public static final String ID = "org.fieldbridge.nature";

    private IProject project;

    /**
     * Gives a project the nature (and so the builder), keeping its other natures; does nothing when it has it.
     *
     * @param project an open project
     * @param monitor progress
     * @return whether the nature was added
     * @throws CoreException when the project description cannot be changed
     */
    public static boolean addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        if (project.hasNature(ID)) {
            return false;
        }
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
        return true;
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> PlantProjectBuilder.ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand command = description.newCommand();
        command.setBuilderName(PlantProjectBuilder.ID);
        ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
        withBuilder[commands.length] = command;
        description.setBuildSpec(withBuilder);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !PlantProjectBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        ProblemMarkers.clear(project);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
