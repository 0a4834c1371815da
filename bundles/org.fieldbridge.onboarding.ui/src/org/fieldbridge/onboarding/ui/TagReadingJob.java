/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.onboarding.ImportPreview;
import org.fieldbridge.onboarding.ImportRequest;

/**
 * Reads the sources of an import and plans it, writing nothing: tag exports are parsed, an OPC UA server is
 * browsed (seconds: a session is set up). Never on the UI thread; the wizard waits for it with its progress bar.
 */
final class TagReadingJob extends Job {

    static final String PLUGIN = "org.fieldbridge.onboarding.ui";

    private final ImportRequest request;
    private volatile ImportPreview preview;

    TagReadingJob(ImportRequest request) {
        super("Reading tags for the import");
        this.request = request;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        boolean server = request.sources().stream().anyMatch(s -> s.startsWith("opc.tcp://"));
        monitor.beginTask(server ? "Browsing " + String.join(", ", request.sources()) : "Reading "
                + request.sources().size() + (request.sources().size() == 1 ? " tag export" : " tag exports"),
                IProgressMonitor.UNKNOWN);
        try {
            preview = TwinRules.importer().preview(request);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (IllegalArgumentException | IOException e) {
            return Status.error(e.getMessage());
        } catch (OpcUaLink.Failure e) {
            return Status.error(e.getMessage());
        } finally {
            monitor.done();
        }
    }

    /** @return the planned import, null until the job has read the sources */
    ImportPreview preview() {
        return preview;
    }
}
