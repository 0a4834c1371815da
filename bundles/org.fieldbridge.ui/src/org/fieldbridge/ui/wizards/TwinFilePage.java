/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * The platform's new-file page (folder, name) with the plant the .twin file imports, chosen among the .plant
 * files of the chosen folder's project. Linked files are not offered: a .twin file lives in its project.
 */
public class TwinFilePage extends WizardNewFileCreationPage {

    private Combo plantChoice;
    private final List<IFile> plants = new ArrayList<>();

    TwinFilePage(IStructuredSelection selection) {
        super("newTwin", selection);
        setTitle("Mapping file (.twin)");
        setDescription("Live data of a plant: its controllers' connections and one line per mapped value.");
        setFileExtension("twin");
    }

    @Override
    protected void createAdvancedControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("&Plant to import:");
        plantChoice = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(plantChoice);
        plantChoice.addListener(SWT.Selection, e -> setPageComplete(validatePage()));
        updatePlants();
    }

    @Override
    public void handleEvent(Event event) {
        updatePlants(); // the folder may now be in another project
        super.handleEvent(event);
    }

    @Override
    protected IStatus validateLinkedResource() {
        return Status.OK_STATUS;
    }

    @Override
    protected void createLinkTarget() {
        // no linked files
    }

    @Override
    protected boolean validatePage() {
        if (!super.validatePage()) {
            return false;
        }
        if (plantChoice == null || plantChoice.getSelectionIndex() < 0) {
            setErrorMessage("This project has no .plant file to import. Create one first with File > New > Plant,"
                    + " or choose a folder of another project.");
            return false;
        }
        return true;
    }

    /** @return the chosen plant file, if any */
    public IFile plant() {
        int index = plantChoice == null ? -1 : plantChoice.getSelectionIndex();
        return index < 0 ? null : plants.get(index);
    }

    /**
     * @param plant the plant to import; selected if it is one of the offered ones
     */
    public void selectPlant(IFile plant) {
        int index = plants.indexOf(plant);
        if (index >= 0) {
            plantChoice.select(index);
            setPageComplete(validatePage());
        }
    }

    private void updatePlants() {
        if (plantChoice == null || plantChoice.isDisposed()) {
            return;
        }
        IFile previous = plant();
        plants.clear();
        plantChoice.removeAll();
        IPath container = getContainerFullPath();
        if (container != null && container.segmentCount() > 0) {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(container.segment(0));
            plants.addAll(plantFiles(project));
        }
        for (IFile plant : plants) {
            plantChoice.add(plant.getProjectRelativePath().toString());
        }
        int keep = plants.indexOf(previous);
        if (keep >= 0 || !plants.isEmpty()) {
            plantChoice.select(Math.max(keep, 0));
        }
    }

    private static List<IFile> plantFiles(IProject project) {
        List<IFile> files = new ArrayList<>();
        if (!project.isAccessible()) {
            return files;
        }
        try {
            project.accept(proxy -> {
                if (proxy.isDerived()) {
                    return false;
                }
                if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".plant")) {
                    files.add((IFile) proxy.requestResource());
                }
                return true;
            }, IResource.NONE);
        } catch (CoreException e) {
            // a project that cannot be read offers no plants; the page says so
        }
        return files;
    }
}
