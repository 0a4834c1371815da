/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.fieldbridge.workspace.NewModelFiles;

/**
 * File > New > Mapping file (.twin): a .twin file with its {@code package} line and the {@code import} of a
 * plant of the project ({@link NewModelFiles#createTwin}).
 */
public class NewTwinWizard extends BasicNewResourceWizard {

    private TwinFilePage page;

    @Override
    public void addPages() {
        setWindowTitle("New Mapping File");
        setNeedsProgressMonitor(true);
        page = new TwinFilePage(getSelection());
        addPage(page);
    }

    /** @return the page, for tests that fill it in */
    public TwinFilePage getFilePage() {
        return page;
    }

    @Override
    public boolean performFinish() {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(page.getContainerFullPath()
                .append(page.getFileName()));
        IFile plant = page.plant();
        return FileCreation.run(this, file, monitor -> NewModelFiles.createTwin(file, plant, monitor));
    }
}
