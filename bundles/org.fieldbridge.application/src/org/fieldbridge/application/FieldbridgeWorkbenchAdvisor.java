/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.model.ui.views.PlantFiles;
import org.fieldbridge.ui.ModelingPerspective;
import org.fieldbridge.ui.PlantProjects;
import org.fieldbridge.workspace.ProjectChecks;

/**
 * Opens the workbench in the Fieldbridge Modeling perspective on the workspace: resources get their labels
 * and icons (the parts of the IDE application a resource navigator and the Problems view need), the folders
 * of the plant files given at start-up become projects, every plant project is checked so that the Problems
 * view is current at once, and the workspace is saved when the workbench closes.
 */
class FieldbridgeWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        IDE.registerAdapters();
        IdeImages.declare(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ModelingPerspective.ID;
    }

    /** The Project Explorer shows the children of the page input: without this it stays empty. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FieldbridgeWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        new PlantProjects(workspace).linkInBackground(PlantFiles.configured());
        // After the linking (both hold the workspace root): every plant project checked from scratch.
        ProjectChecks.checkAllInBackground(workspace);
        ProjectChecks.checkOnOpen(workspace);
    }

    /** Saves the workspace (projects, markers) so the next start does not have to recover it. */
    @Override
    public void postShutdown() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            IStatus status = workspace.save(true, null);
            if (!status.isOK()) {
                ILog.of(getClass()).log(status);
            }
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        super.postShutdown();
    }
}
