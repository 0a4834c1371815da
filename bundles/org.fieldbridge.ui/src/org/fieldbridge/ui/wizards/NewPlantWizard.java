/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.fieldbridge.workspace.NewModelFiles;

/**
 * File > New > Plant: a .plant file with an enterprise and a site, written through the plant model and saved
 * atomically ({@link NewModelFiles#createPlant}).
 */
public class NewPlantWizard extends BasicNewResourceWizard {

    private WizardNewFileCreationPage page;

    @Override
    public void addPages() {
        setWindowTitle("New Plant");
        setNeedsProgressMonitor(true);
        page = new WizardNewFileCreationPage("newPlant", getSelection()) {
            @Override
            protected void createAdvancedControls(Composite parent) {
                // no linked files: the plant is written into the project
            }

            @Override
            protected IStatus validateLinkedResource() {
                return Status.OK_STATUS;
            }

            @Override
            protected void createLinkTarget() {
                // no linked files
            }
        };
        page.setTitle("Plant");
        page.setDescription("A plant model (.plant): the ISA-95 hierarchy, controllers and instruments of a site.");
        page.setFileExtension("plant");
        page.setFileName("plant.plant");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(page.getContainerFullPath()
                .append(page.getFileName()));
        return FileCreation.run(this, file, monitor -> NewModelFiles.createPlant(file, monitor));
    }
}
