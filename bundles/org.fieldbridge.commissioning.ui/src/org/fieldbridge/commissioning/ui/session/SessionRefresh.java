/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A view's way to follow a {@link CommissioningSession}: changes arrive on any thread, the view is refreshed on the
 * UI thread, once for a burst of changes (a Connect All fires many), and never after the view is gone.
 */
public final class SessionRefresh implements CommissioningSession.Listener {

    private final Control control;
    private final Display display;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * @param control the view's control (its display runs the refresh; a disposed control ends refreshing)
     * @param refresh what the view does to show the session again, on the UI thread
     */
    public SessionRefresh(Control control, Runnable refresh) {
        this.control = control;
        this.display = control.getDisplay();
        this.refresh = refresh;
    }

    @Override
    public void sessionChanged(CommissioningSession session, CommissioningSession.Change change) {
        if (control.isDisposed() || display.isDisposed() || !pending.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> {
            pending.set(false);
            if (!control.isDisposed()) {
                refresh.run();
            }
        });
    }
}
