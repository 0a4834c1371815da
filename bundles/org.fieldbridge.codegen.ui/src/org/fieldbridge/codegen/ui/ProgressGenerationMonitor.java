/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbridge.codegen.GenerationMonitor;

/**
 * Shows a generation's steps in an Eclipse progress monitor and passes the monitor's cancel button on.
 * The generator announces its total as it goes (it may grow once the inputs are parsed), so the remaining
 * work is re-estimated at every step instead of being fixed up front.
 */
final class ProgressGenerationMonitor implements GenerationMonitor {

    private final SubMonitor progress;
    private int reported;

    /** @param monitor the monitor to report to; all of its work is given to the generation */
    ProgressGenerationMonitor(IProgressMonitor monitor) {
        this.progress = SubMonitor.convert(monitor);
    }

    @Override
    public synchronized void step(String what, int done, int total) {
        progress.subTask(what);
        if (total <= 0) {
            return;
        }
        int now = Math.clamp(done, 0, total);
        progress.setWorkRemaining(Math.max(total - reported, 0));
        if (now > reported) {
            progress.worked(now - reported);
            reported = now;
        }
    }

    @Override
    public boolean isCanceled() {
        return progress.isCanceled();
    }
}
