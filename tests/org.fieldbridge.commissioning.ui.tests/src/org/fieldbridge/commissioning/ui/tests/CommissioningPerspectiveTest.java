/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class CommissioningPerspectiveTest {

    @Test
    void theCommissioningPerspectiveOpensByItsName() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.fieldbridge.commissioning.ui.perspective"));
        assertEquals("Fieldbridge Commissioning", page.getPerspective().getLabel());
    }

    @Test
    void theLayoutHasTheExplorerTheConnectionsTheBrowserTheScannerAndProblems() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.fieldbridge.commissioning.ui.perspective"));
        page.resetPerspective();
        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
            "org.fieldbridge.commissioning.ui.connections", "org.fieldbridge.commissioning.ui.browser",
            "org.fieldbridge.commissioning.ui.scanner" }) {
            assertNotNull(page.findViewReference(view), view + " is laid out");
        }
    }
}
