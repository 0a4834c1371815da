/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IViewLayout;

/**
 * The plant perspective: the plant hierarchy and the workspace projects (with their .plant and .twin files)
 * on the left, editors in the middle, problems below. Views contributed by other bundles are placed by id
 * so this bundle needs none of them.
 */
public class PlantPerspective implements IPerspectiveFactory {

    /** Perspective id, as registered in plugin.xml. */
    public static final String ID = "org.fieldbridge.ui.plantPerspective";

    /** The plant explorer view of org.fieldbridge.model.ui. */
    public static final String PLANT_EXPLORER_ID = "org.fieldbridge.model.ui.plantExplorer";

    /** The Project Explorer of org.eclipse.ui.navigator.resources. */
    public static final String PROJECT_EXPLORER_ID = IPageLayout.ID_PROJECT_EXPLORER;

    /** The Progress view of org.eclipse.ui.workbench: where finished generations keep their result. */
    public static final String PROGRESS_VIEW_ID = IPageLayout.ID_PROGRESS_VIEW;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("plant", IPageLayout.LEFT, 0.38f, editorArea);
        left.addView(PLANT_EXPLORER_ID);
        IViewLayout explorer = layout.getViewLayout(PLANT_EXPLORER_ID);
        if (explorer != null) { // null when the model UI bundle is not installed
            explorer.setCloseable(false);
        }
        // Its own folder below the plant tree, so both are visible at once: the plant tree shows what the
        // model means, the project tree the files to edit and generate from.
        IFolderLayout projects = layout.createFolder("projects", IPageLayout.BOTTOM, 0.5f, "plant");
        projects.addView(PROJECT_EXPLORER_ID);
        IFolderLayout bottom = layout.createFolder("details", IPageLayout.BOTTOM, 0.6f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder(PROGRESS_VIEW_ID);
        bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PLANT_EXPLORER_ID);
        layout.addShowViewShortcut(PROJECT_EXPLORER_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(PROGRESS_VIEW_ID);
        layout.addPerspectiveShortcut(ModelingPerspective.ID);
        layout.addPerspectiveShortcut(ID);
        // New in the Project Explorer: a plant project, its .plant and .twin files, folders and other files
        layout.addNewWizardShortcut(ModelingPerspective.NEW_PROJECT_WIZARD);
        layout.addNewWizardShortcut(ModelingPerspective.NEW_PLANT_WIZARD);
        layout.addNewWizardShortcut(ModelingPerspective.NEW_TWIN_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
