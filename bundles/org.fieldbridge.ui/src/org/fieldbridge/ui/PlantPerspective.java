package org.fieldbridge.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IViewLayout;

/**
 * The plant perspective: the plant hierarchy on the left, editors in the middle, problems below.
 * Views contributed by other bundles are placed by id so this bundle needs none of them.
 */
public class PlantPerspective implements IPerspectiveFactory {

    /** Perspective id, as registered in plugin.xml. */
    public static final String ID = "org.fieldbridge.ui.plantPerspective";

    /** The plant explorer view of org.fieldbridge.model.ui. */
    public static final String PLANT_EXPLORER_ID = "org.fieldbridge.model.ui.plantExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("plant", IPageLayout.LEFT, 0.38f, editorArea);
        left.addView(PLANT_EXPLORER_ID);
        IViewLayout explorer = layout.getViewLayout(PLANT_EXPLORER_ID);
        if (explorer != null) { // null when the model UI bundle is not installed
            explorer.setCloseable(false);
        }
        IFolderLayout bottom = layout.createFolder("details", IPageLayout.BOTTOM, 0.7f, editorArea);
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
    }
}
