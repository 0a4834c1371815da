/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * One {@link CommissioningSession} per workbench window, disposed (its connections closed) when the window closes.
 * A session disposed while its window stays open is replaced at once, and the window's followers (its views) are
 * told, so that no view keeps showing a disposed session.
 */
final class WindowSessions {

    private static final Map<IWorkbenchWindow, CommissioningSession> SESSIONS = new HashMap<>();
    private static final Map<IWorkbenchWindow, List<Consumer<CommissioningSession>>> FOLLOWERS = new HashMap<>();
    private static boolean closerAdded;

    private WindowSessions() {
    }

    static CommissioningSession sessionOf(IWorkbenchWindow window) {
        CommissioningSession session;
        List<Consumer<CommissioningSession>> told;
        synchronized (WindowSessions.class) {
            session = SESSIONS.get(window);
            if (session != null && !session.isDisposed()) {
                return session;
            }
            boolean replacing = session != null; // disposed by its owner: the window gets a fresh one
            session = new CommissioningSession(Clock.systemUTC());
            session.followSavedFiles();
            CommissioningSession created = session;
            session.whenDisposed(() -> replace(window, created));
            if (!closerAdded) {
                window.getWorkbench().addWindowListener(new Closer());
                closerAdded = true;
            }
            SESSIONS.put(window, session);
            told = replacing ? new ArrayList<>(FOLLOWERS.getOrDefault(window, List.of())) : List.of();
        }
        for (Consumer<CommissioningSession> follower : told) {
            follower.accept(session);
        }
        return session;
    }

    /**
     * @param window   a workbench window
     * @param follower given the window's session now and every session that replaces it
     * @return stops following
     */
    static Runnable follow(IWorkbenchWindow window, Consumer<CommissioningSession> follower) {
        synchronized (WindowSessions.class) {
            FOLLOWERS.computeIfAbsent(window, w -> new CopyOnWriteArrayList<>()).add(follower);
        }
        follower.accept(sessionOf(window));
        return () -> {
            synchronized (WindowSessions.class) {
                List<Consumer<CommissioningSession>> followers = FOLLOWERS.get(window);
                if (followers != null) {
                    followers.remove(follower);
                }
            }
        };
    }

    /** A window's session was disposed while the window stays open: a fresh one takes its place. */
    private static void replace(IWorkbenchWindow window, CommissioningSession disposed) {
        synchronized (WindowSessions.class) {
            if (SESSIONS.get(window) != disposed || window.getShell() == null || window.getShell().isDisposed()) {
                return; // the window closed, or already replaced
            }
        }
        sessionOf(window);
    }

    private static synchronized CommissioningSession remove(IWorkbenchWindow window) {
        FOLLOWERS.remove(window);
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
