/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.NewModelFiles;

/**
 * File > New > Fieldbridge plant project: a project with the Fieldbridge nature (so its files are checked on
 * save), empty or with a copy of the Riverside example.
 */
public class NewPlantProjectWizard extends BasicNewResourceWizard {

    private PlantProjectPage page;
    private IProject created;

    @Override
    public void addPages() {
        setWindowTitle("New Fieldbridge Plant Project");
        setNeedsProgressMonitor(true);
        page = new PlantProjectPage();
        addPage(page);
    }

    /** @return the page, for tests that fill it in */
    public PlantProjectPage getProjectPage() {
        return page;
    }

    /** @return the project the wizard created, once it finished */
    public IProject getCreatedProject() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        URI location = page.useDefaults() ? null : page.getLocationURI();
        Optional<Path> example = page.exampleToCopy();
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
                IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
                description.setLocationURI(location);
                project.create(description, progress.split(1));
                project.open(progress.split(1));
                FieldbridgeNature.addTo(project, progress.split(1));
                if (example.isPresent()) { // the builder checks the copies when the operation ends
                    NewModelFiles.copyModelFiles(example.get(), project, progress.split(1));
                }
            }
        };
        try {
            getContainer().run(true, true, create);
        } catch (InterruptedException e) {
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), "Project not created", "The project " + project.getName()
                    + " could not be created.", cause instanceof CoreException core ? core.getStatus()
                            : Status.error(String.valueOf(cause.getMessage()), cause));
            return false;
        }
        created = project;
        selectAndReveal(project);
        return true;
    }
}
