/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/**
 * Help > About Fieldbridge: the platform's About command ({@code org.eclipse.ui.help.aboutAction}) opening
 * {@link AboutFieldbridgeDialog} instead of the IDE's dialog, which needs product branding and p2 that this
 * product does not have.
 */
class AboutFieldbridgeAction extends Action implements IWorkbenchAction {

    private IWorkbenchWindow window;

    AboutFieldbridgeAction(IWorkbenchWindow window) {
        super("&About Fieldbridge");
        this.window = window;
        setId(ActionFactory.ABOUT.getId());
        setActionDefinitionId(ActionFactory.ABOUT.getCommandId());
        setToolTipText("Versions of Fieldbridge and its libraries, and the licences");
    }

    @Override
    public void run() {
        if (window != null) {
            new AboutFieldbridgeDialog(window.getShell()).open();
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
