package org.fieldbridge.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu: only the standard additions group, where bundles contribute their menus (the Fieldbridge
 * menu of org.fieldbridge.ui). Without the group, contributions to {@code menu:org.eclipse.ui.main.menu}
 * have nowhere to go.
 */
class FieldbridgeActionBarAdvisor extends ActionBarAdvisor {

    FieldbridgeActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
