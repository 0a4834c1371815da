/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.ui.ModelingPerspective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs inside the product's workbench (UI harness, UI thread) with the example plant configured. */
class ModelingPerspectiveTest {

    @Test
    @DisplayName("the workbench opens the Fieldbridge Modeling perspective in a window titled Fieldbridge")
    void theWorkbenchOpensTheModelingPerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        assertEquals(ModelingPerspective.ID, window.getActivePage().getPerspective().getId());
        assertTrue(window.getShell().getText().startsWith("Fieldbridge"), window.getShell().getText());
    }

    @Test
    @DisplayName("the read-only Plant Explorer and its Plant perspective are gone: the plant editor and its Outline replace them")
    void thereIsNoPlantPerspectiveNorPlantExplorer() {
        assertNull(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.fieldbridge.ui.plantPerspective"));
        assertNull(PlatformUI.getWorkbench().getViewRegistry().find("org.fieldbridge.model.ui.plantExplorer"));
    }
}
