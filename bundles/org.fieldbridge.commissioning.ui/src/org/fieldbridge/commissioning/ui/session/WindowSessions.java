/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * One {@link CommissioningSession} per workbench window, disposed (its connections closed) when the window closes.
 */
final class WindowSessions {

    private static final Map<IWorkbenchWindow, CommissioningSession> SESSIONS = new HashMap<>();

    private WindowSessions() {
    }

    static synchronized CommissioningSession sessionOf(IWorkbenchWindow window) {
        CommissioningSession session = SESSIONS.get(window);
        if (session == null || session.isDisposed()) { // disposed by its owner: the window gets a fresh one
            session = new CommissioningSession(Clock.systemUTC());
            session.followSavedFiles();
            if (SESSIONS.isEmpty()) {
                window.getWorkbench().addWindowListener(new Closer());
            }
            SESSIONS.put(window, session);
        }
        return session;
    }

    private static synchronized CommissioningSession remove(IWorkbenchWindow window) {
        return SESSIONS.remove(window);
    }

    /** Disposes a window's session when the window closes (also when the workbench shuts down). */
    private static final class Closer implements IWindowListener {

        @Override
        public void windowClosed(IWorkbenchWindow window) {
            CommissioningSession session = remove(window);
            if (session != null) {
                session.dispose();
            }
        }

        @Override
        public void windowActivated(IWorkbenchWindow window) {
            // only closing matters
        }

        @Override
        public void windowDeactivated(IWorkbenchWindow window) {
            // only closing matters
        }

        @Override
        public void windowOpened(IWorkbenchWindow window) {
            // only closing matters
        }
    }
}
