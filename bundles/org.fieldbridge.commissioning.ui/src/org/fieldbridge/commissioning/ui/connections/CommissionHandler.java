/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.connections;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.SessionInputs;

/**
 * "Commission" on a .twin file, folder or project in the Project Explorer (or in the .twin editor): opens the
 * window's commissioning session on it and shows the Connections view.
 */
public final class CommissionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<Path> inputs = SessionInputs.of(window);
        if (inputs.isEmpty()) {
            return null;
        }
        CommissioningSession.of(window).open(inputs);
        try {
            window.getActivePage().showView(ConnectionsView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("The Connections view did not open", e);
        }
        return null;
    }
}
