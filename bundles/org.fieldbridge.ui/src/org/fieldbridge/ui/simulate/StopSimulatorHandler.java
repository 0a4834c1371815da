/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.simulate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Stop Simulator: stops the simulator of the selected resource's project and frees its ports (in the
 * background: closing servers waits for their threads).
 */
public final class StopSimulatorHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.fieldbridge.ui.stopSimulator";

    /** @return the scheduled stopping job, or {@code null} when the project's simulator is not running */
    @Override
    public Object execute(ExecutionEvent event) {
        IResource resource = SimulateHandler.selected(HandlerUtil.getCurrentSelection(event));
        SimulatorSession session = resource == null ? null : SimulatorSession.running(resource.getProject());
        if (session == null) {
            return null;
        }
        Job job = Job.create("Stopping the simulator of " + resource.getProject().getName(), monitor -> {
            session.stop();
        });
        job.schedule();
        return job;
    }
}
