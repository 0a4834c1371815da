/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.connections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;

/**
 * Connects and disconnects in Jobs, one per connection so that a controller waiting for its timeout does not hold
 * up the others; remembers which connections are being connected, for the state column.
 */
public final class ConnectionJobs {

    /** The family of the Jobs, for waiting on them (tests) and cancelling. */
    public static final Object FAMILY = ConnectionJobs.class;

    private final CommissioningSession session;
    private final Set<String> connecting = ConcurrentHashMap.newKeySet();
    private final Runnable changed;

    /**
     * @param session the session whose connections these Jobs open and close
     * @param changed told (on the Job's thread) when a connection is no longer being connected
     */
    public ConnectionJobs(CommissioningSession session, Runnable changed) {
        this.session = session;
        this.changed = changed;
    }

    /** @return whether a connect Job of the connection runs */
    public boolean connecting(String connection) {
        return connecting.contains(connection);
    }

    /**
     * @param connections the connections' names
     * @return the scheduled Jobs
     */
    public List<Job> connect(Collection<String> connections) {
        List<Job> jobs = new ArrayList<>();
        for (String name : connections) {
            connecting.add(name);
            jobs.add(schedule("Connecting " + name, () -> {
                try {
                    session.connect(name);
                } finally {
                    connecting.remove(name);
                    changed.run();
                }
            }));
        }
        return jobs;
    }

    /**
     * @param connections the connections' names
     * @return the scheduled Jobs
     */
    public List<Job> disconnect(Collection<String> connections) {
        List<Job> jobs = new ArrayList<>();
        for (String name : connections) {
            jobs.add(schedule("Disconnecting " + name, () -> session.disconnect(name)));
        }
        return jobs;
    }

    private static Job schedule(String name, Runnable work) {
        Job job = new Job(name) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                work.run();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }
}
