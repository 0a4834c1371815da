/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.commissioning.evidence.CommissionedMapping;
import org.fieldbridge.commissioning.evidence.CommissionedTwin;
import org.fieldbridge.commissioning.evidence.MappingIdentity;
import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.evidence.VerificationRecord;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.dsl.ui.TwinUiPlugin;

/**
 * Where every mapping of a session's files stands with its verification (the evidence files beside the .twin
 * files, read by the headless {@link VerificationEvidence}), and recording a new verification. Loaded in a Job
 * when the session loads its files and after each record; the Live Values table and the inline values show it.
 */
public final class EvidenceStates {

    private static final Map<CommissioningSession, EvidenceStates> STATES = new WeakHashMap<>();

    private final CommissioningSession session;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<MappingIdentity, MappingStatus> statuses = Map.of();

    private EvidenceStates(CommissioningSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        session.addListener((s, change) -> {
            if (change == CommissioningSession.Change.MODEL && !s.loading()) {
                reload();
            }
        });
    }

    /**
     * @param session a window's commissioning session
     * @return the evidence of its files, loaded on first use
     */
    public static synchronized EvidenceStates of(CommissioningSession session) {
        EvidenceStates states = STATES.get(session);
        if (states == null) {
            states = new EvidenceStates(session, Clock.systemUTC());
            STATES.put(session, states);
            states.reload();
        }
        return states;
    }

    /**
     * @param connection the mapping's connection
     * @param signal the plant signal's qualified name
     * @return its status; {@code null} while the evidence is not loaded (or the mapping is not in the files)
     */
    public MappingStatus statusOf(String connection, String signal) {
        return statuses.get(new MappingIdentity(connection, signal));
    }

    /** @param listener told (on a Job's thread) when the statuses were read again */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** @return the scheduled Job that reads the evidence of the session's files again */
    public Job reload() {
        Job job = Job.create("Reading the verification evidence of " + session.describeInputs(), this::load);
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private IStatus load(IProgressMonitor monitor) {
        Map<MappingIdentity, MappingStatus> read = new HashMap<>();
        for (Path input : session.inputs()) {
            try {
                CommissionedTwin twin = CommissionedTwin.load(TwinUiPlugin.get().injector(), input);
                VerificationEvidence.load(twin).statuses().forEach(s -> read.put(s.mapping().identity(), s));
            } catch (IOException | RuntimeException e) {
                // a folder being edited may not load now; the states stay unknown until the next load
            }
        }
        statuses = Map.copyOf(read);
        listeners.forEach(Runnable::run);
        return Status.OK_STATUS;
    }

    /**
     * Records a verification of one mapping: the files are loaded afresh (so the record carries the mapping's hash
     * as it is written now), the record saved into the evidence file and audited. Blocks: call from a Job.
     *
     * @param connection the mapping's connection
     * @param signal the plant signal's qualified name
     * @param statement verdict, values, comment and who
     * @return the record and the evidence file it went into
     * @throws IOException when the files cannot be read or the evidence cannot be written
     * @throws IllegalStateException in plant words, when the files have errors or no longer hold the mapping
     */
    public Recorded record(String connection, String signal, VerificationEvidence.Statement statement)
            throws IOException {
        MappingIdentity identity = new MappingIdentity(connection, signal);
        for (Path input : session.inputs()) {
            CommissionedTwin twin = CommissionedTwin.load(TwinUiPlugin.get().injector(), input);
            Optional<CommissionedMapping> mapping = twin.mappings().stream()
                    .filter(m -> m.identity().equals(identity)).findFirst();
            if (mapping.isEmpty()) {
                continue;
            }
            if (twin.hasErrors()) {
                throw new IllegalStateException(input.getFileName() + " has errors; nothing recorded (fix them in the"
                        + " Problems view first)");
            }
            VerificationRecord record = VerificationEvidence.load(twin).record(mapping.get(), statement,
                    clock.instant());
            reload();
            return new Recorded(record, CommissionedTwin.evidenceFile(mapping.get().twinFile()));
        }
        throw new IllegalStateException("no mapping of " + session.describeInputs() + " writes " + signal + " over "
                + connection + " any more (saved since?); load the files again");
    }

    /**
     * A verification recorded.
     *
     * @param record what was written
     * @param file the evidence file it went into
     */
    public record Recorded(VerificationRecord record, Path file) {
    }
}
