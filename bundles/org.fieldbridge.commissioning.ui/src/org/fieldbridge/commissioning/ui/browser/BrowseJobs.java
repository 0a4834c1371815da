/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.browser;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/** Browses one level of a server's address space in a Job (connecting first when needed). */
final class BrowseJobs {

    /** The family of the browse Jobs, for waiting on them (tests). */
    static final Object FAMILY = BrowseJobs.class;
    /** The most children listed below one node. */
    static final int LIMIT = 1000;

    private BrowseJobs() {
    }

    /**
     * @param session the session
     * @param connection the OPC UA connection
     * @param nodeId the node whose children to list; null for the Objects folder
     * @param done told on the Job's thread: the node and its children (depth 0 and 1), or null with the reason
     */
    static Job browse(CommissioningSession session, String connection, String nodeId,
            BiConsumer<List<BrowsedNode>, String> done) {
        Job job = new Job("Browsing " + connection + (nodeId == null ? "" : " " + nodeId)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    done.accept(session.withOpcUa(connection, (OpcUaLink link) -> link.browse(nodeId, 1, LIMIT)), null);
                } catch (OpcUaLink.Failure | IllegalArgumentException e) {
                    done.accept(null, e.getMessage());
                } catch (RuntimeException | LinkageError e) {
                    // the tree must hear back whatever happened, or the row says "Browsing..." for ever
                    done.accept(null, "browsing failed unexpectedly; the error log has the details");
                    return Status.error(getName() + " failed", e);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
        return job;
    }
}
