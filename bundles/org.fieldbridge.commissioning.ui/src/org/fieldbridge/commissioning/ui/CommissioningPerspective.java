/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The "Fieldbridge Commissioning" perspective: the Project Explorer left, the editors in the middle, Connections and
 * the OPC UA Browser right of them, Register Scanner, Live Values and Problems below.
 */
public final class CommissioningPerspective implements IPerspectiveFactory {

    /** The perspective's id. */
    public static final String ID = "org.fieldbridge.commissioning.ui.perspective";
    /** The Connections view. */
    public static final String CONNECTIONS = "org.fieldbridge.commissioning.ui.connections";
    /** The OPC UA Browser. */
    public static final String BROWSER = "org.fieldbridge.commissioning.ui.browser";
    /** The Register Scanner. */
    public static final String SCANNER = "org.fieldbridge.commissioning.ui.scanner";
    /** The Live Values view. */
    public static final String LIVE_VALUES = "org.fieldbridge.commissioning.ui.liveValues";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editors);
        IFolderLayout bottom = layout.createFolder("org.fieldbridge.commissioning.ui.bottom", IPageLayout.BOTTOM, 0.52f,
                editors);
        add(bottom, SCANNER);
        add(bottom, LIVE_VALUES);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout right = layout.createFolder("org.fieldbridge.commissioning.ui.right", IPageLayout.RIGHT, 0.5f,
                editors);
        right.addView(CONNECTIONS);
        right.addView(BROWSER);
        for (String view : new String[] { CONNECTIONS, BROWSER, SCANNER, LIVE_VALUES }) {
            layout.addShowViewShortcut(view);
        }
    }

    /** Adds a view, or keeps its place when it is not installed (Live Values is contributed separately). */
    private static void add(IFolderLayout folder, String view) {
        if (PlatformUI.getWorkbench().getViewRegistry().find(view) != null) {
            folder.addView(view);
        } else {
            folder.addPlaceholder(view);
        }
    }
}
