/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Hands a view the window's session on the UI thread, while the view's control lives. */
public final class SessionFollower {

    private SessionFollower() {
    }

    /**
     * @param control the view's control (nothing is attached once it is disposed)
     * @param attach  attaches the view to a session (UI thread)
     * @return for {@link CommissioningSession#follow}: attaches at once on the UI thread, later asynchronously
     */
    public static Consumer<CommissioningSession> onUiThread(Control control, Consumer<CommissioningSession> attach) {
        Display display = control.getDisplay();
        return session -> {
            if (Display.getCurrent() == display) {
                if (!control.isDisposed()) {
                    attach.accept(session);
                }
            } else if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!control.isDisposed()) {
                        attach.accept(session);
                    }
                });
            }
        };
    }
}
