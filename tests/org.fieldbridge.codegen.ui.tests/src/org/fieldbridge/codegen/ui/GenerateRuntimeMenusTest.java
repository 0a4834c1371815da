/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import static org.fieldbridge.codegen.ui.Workbench.enabledIn;
import static org.fieldbridge.codegen.ui.Workbench.itemsOf;
import static org.fieldbridge.codegen.ui.Workbench.mainMenu;
import static org.fieldbridge.codegen.ui.Workbench.riversideCopy;
import static org.fieldbridge.codegen.ui.Workbench.selectInProjectExplorer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where a person finds Generate runtime: the Project Explorer's context menu and the Fieldbridge menu. */
class GenerateRuntimeMenusTest {

    @AfterEach
    void deleteProjects() throws CoreException {
        Workbench.deleteProjects();
    }

    private static final String GENERATE = "Generate runtime";

    @Test
    @DisplayName("the Project Explorer's context menu offers Generate runtime on a .twin file and not on a .plant file")
    void theContextMenuOffersGenerateRuntimeOnTwinFilesOnly() throws Exception {
        IProject project = riversideCopy("menus-context", twin -> twin);

        CommonNavigator explorer = selectInProjectExplorer(project.getFile("riverside.twin"));
        Menu menu = explorer.getCommonViewer().getTree().getMenu();
        List<String> onTwin = itemsOf(menu);
        selectInProjectExplorer(project.getFile("riverside.plant"));
        List<String> onPlant = itemsOf(menu);

        assertTrue(onTwin.contains(GENERATE), onTwin::toString);
        assertFalse(onPlant.contains(GENERATE), onPlant::toString);
    }

    @Test
    @DisplayName("the Fieldbridge menu holds Generate runtime, enabled when a .twin file is selected")
    void theFieldbridgeMenuHoldsGenerateRuntime() throws Exception {
        IProject project = riversideCopy("menus-main", twin -> twin);

        selectInProjectExplorer(project.getFile("riverside.twin"));
        boolean onTwin = enabledIn(mainMenu("Fieldbridge"), GENERATE);
        selectInProjectExplorer(project.getFile("riverside.plant"));
        boolean onPlant = enabledIn(mainMenu("Fieldbridge"), GENERATE);
        selectInProjectExplorer(project);
        boolean onProject = enabledIn(mainMenu("Fieldbridge"), GENERATE);

        assertTrue(onTwin, "disabled on a .twin file");
        assertFalse(onPlant, "enabled on a .plant file");
        assertFalse(onProject, "enabled on a project");
    }

    @Test
    @DisplayName("in an editor on a .twin file, Generate runtime is in the editor's context menu and enabled in the Fieldbridge menu")
    void theEditorOfATwinFileOffersGenerateRuntime() throws Exception {
        IProject project = riversideCopy("menus-editor", twin -> twin);
        IEditorPart twinEditor = IDE.openEditor(Workbench.page(), project.getFile("riverside.twin"), true);
        try {
            StyledText text = textWidget(Workbench.window().getShell())
                    .orElseThrow(() -> new AssertionError("no text editor widget"));
            assertTrue(itemsOf(text.getMenu()).contains(GENERATE), () -> itemsOf(text.getMenu()).toString());
            assertTrue(enabledIn(mainMenu("Fieldbridge"), GENERATE), "disabled in the .twin file's editor");
        } finally {
            Workbench.page().closeAllEditors(false);
        }
        IEditorPart plantEditor = IDE.openEditor(Workbench.page(), project.getFile("riverside.plant"), true);
        try {
            assertFalse(enabledIn(mainMenu("Fieldbridge"), GENERATE), "enabled in a .plant file's editor");
        } finally {
            Workbench.page().closeEditor(plantEditor, false);
        }
    }

    /** The editor's text widget: the only visible StyledText of the workbench window. */
    private static java.util.Optional<StyledText> textWidget(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof StyledText text && text.isVisible()) {
                return java.util.Optional.of(text);
            }
            if (child instanceof Composite composite) {
                java.util.Optional<StyledText> found = textWidget(composite);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}
