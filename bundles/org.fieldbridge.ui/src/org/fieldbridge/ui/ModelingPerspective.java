/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Fieldbridge Modeling, the workbench's default perspective, laid out like the IDE's resource perspectives so
 * that an Eclipse user finds everything at once: projects on the left, editors in the middle, the open file's
 * Outline and the selection's Properties on the right, Problems below.
 */
public class ModelingPerspective implements IPerspectiveFactory {

    /** Perspective id, as registered in plugin.xml. */
    public static final String ID = "org.fieldbridge.ui.modelingPerspective";

    /** The wizards of this bundle (plugin.xml), offered in File > New and the Project Explorer's New. */
    public static final String NEW_PROJECT_WIZARD = "org.fieldbridge.ui.wizards.newPlantProject";
    /** New .plant file. */
    public static final String NEW_PLANT_WIZARD = "org.fieldbridge.ui.wizards.newPlant";
    /** New .twin file. */
    public static final String NEW_TWIN_WIZARD = "org.fieldbridge.ui.wizards.newTwin";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("projects", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("problems", IPageLayout.BOTTOM, 0.6f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        // Properties beside Problems, as in the Eclipse IDE: a plant signal has a dozen attributes with long
        // names and values, which a narrow column on the right cut off
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        IFolderLayout outline = layout.createFolder("outline", IPageLayout.RIGHT, 0.72f, editorArea);
        outline.addView(IPageLayout.ID_OUTLINE);

        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW }) {
            layout.addShowViewShortcut(view);
        }
        for (String wizard : new String[] { NEW_PROJECT_WIZARD, NEW_PLANT_WIZARD, NEW_TWIN_WIZARD,
                "org.eclipse.ui.wizards.new.folder", "org.eclipse.ui.wizards.new.file" }) {
            layout.addNewWizardShortcut(wizard);
        }
        layout.addPerspectiveShortcut(ID);
    }
}
