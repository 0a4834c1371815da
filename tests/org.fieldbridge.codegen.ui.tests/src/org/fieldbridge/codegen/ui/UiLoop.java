/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Waiting on the UI thread the way a person waits in front of the screen: the event loop keeps running
 * (jobs post their reports with asyncExec, views refresh), so a test never blocks what it waits for.
 *
 * <p>A dialog opened meanwhile would, if modal, stop the test in a nested event loop until the build's
 * time-out, and would otherwise go unnoticed; a timer closes it instead and the test fails with its text
 * (or, when a dialog is expected, gets its text).</p>
 */
final class UiLoop {

    private static final int WATCH_MS = 200;

    private UiLoop() {
    }

    /**
     * Runs the event loop until the condition holds.
     *
     * @param what what is awaited, for the failure message
     * @param detail what is known when it times out
     */
    static void until(BooleanSupplier condition, Duration timeout, String what, Supplier<String> detail) {
        List<String> dialogs = new ArrayList<>();
        until(condition, timeout, what, detail, dialogs);
        if (!dialogs.isEmpty()) {
            fail("a dialog opened while waiting for " + what + ": " + dialogs);
        }
    }

    /**
     * Runs the event loop until the condition holds, closing the dialogs that open meanwhile.
     *
     * @param dialogs receives the title and texts of each dialog closed
     */
    static void until(BooleanSupplier condition, Duration timeout, String what, Supplier<String> detail,
            List<String> dialogs) {
        Display display = Display.getCurrent();
        Runnable[] watch = new Runnable[1];
        watch[0] = () -> {
            closeDialogs(display, dialogs);
            display.timerExec(WATCH_MS, watch[0]);
        };
        display.timerExec(WATCH_MS, watch[0]);
        try {
            long until = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > until) {
                    fail("no " + what + " within " + timeout.toSeconds() + " s; " + detail.get());
                }
                if (!display.readAndDispatch()) {
                    display.timerExec(20, () -> { });
                    display.sleep();
                }
            }
        } finally {
            display.timerExec(-1, watch[0]);
        }
    }

    /**
     * @return the condition, evaluated at most once per interval (false in between), for conditions that
     *         disturb what they look at, such as expanding a view's tree
     */
    static BooleanSupplier every(Duration interval, BooleanSupplier condition) {
        long[] next = { 0 };
        return () -> {
            long now = System.nanoTime();
            if (now < next[0]) {
                return false;
            }
            next[0] = now + interval.toNanos();
            return condition.getAsBoolean();
        };
    }

    /** Runs the event loop for a while, so that pending asyncExecs and repaints happen. */
    static void settle(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        until(() -> System.nanoTime() > until, duration.plusSeconds(5), "the display to settle", () -> "");
    }

    private static void closeDialogs(Display display, List<String> seen) {
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Shell shell : display.getShells()) {
            // a dialog has a title bar (the workbench reports job failures in a modeless one); pop-ups have none
            boolean dialog = (shell.getStyle() & SWT.TITLE) != 0;
            if (shell != workbench && dialog && shell.isVisible()) {
                seen.add(shell.getText() + ": " + texts(shell));
                shell.close();
            }
        }
    }

    private static String texts(Composite composite) {
        StringBuilder texts = new StringBuilder();
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label && !label.getText().isBlank()) {
                texts.append(label.getText()).append(' ');
            } else if (child instanceof Text text && !text.getText().isBlank()) {
                texts.append(text.getText()).append(' ');
            } else if (child instanceof Link link && !link.getText().isBlank()) {
                texts.append(link.getText()).append(' ');
            } else if (child instanceof org.eclipse.swt.widgets.List list) {
                texts.append(String.join(" ", list.getItems())).append(' ');
            } else if (child instanceof Composite nested) {
                texts.append(texts(nested));
            }
        }
        return texts.toString();
    }
}
