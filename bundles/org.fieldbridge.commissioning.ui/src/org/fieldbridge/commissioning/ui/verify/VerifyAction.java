/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.verify;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.live.LiveValue;

/**
 * "Verify...": asks for the verdict of the selected mapping ({@link VerifyDialog}) and records it in a Job into the
 * evidence file beside its .twin file (and the audit log), as {@code fieldbridge verify} does; who is the OS user.
 */
public final class VerifyAction extends Action {

    private final Supplier<LiveValue> selected;
    private final Supplier<EvidenceStates> states;
    private final Supplier<Shell> shell;
    private final Consumer<String> report;

    /**
     * @param selected the value selected now, {@code null} when none
     * @param states the evidence of the session's files
     * @param shell the shell the dialog opens over
     * @param report shows the outcome in plant words (on the UI thread)
     */
    public VerifyAction(Supplier<LiveValue> selected, Supplier<EvidenceStates> states, Supplier<Shell> shell,
            Consumer<String> report) {
        super("&Verify...");
        setToolTipText("Record whether this mapping shows what the HMI shows (evidence for the commissioning report)");
        this.selected = selected;
        this.states = states;
        this.shell = shell;
        this.report = report;
    }

    @Override
    public void run() {
        LiveValue value = selected.get();
        if (value == null) {
            return;
        }
        EvidenceStates evidence = states.get();
        VerifyDialog dialog = new VerifyDialog(shell.get(), value,
                evidence.statusOf(value.mapping().connection(), value.mapping().signal()),
                System.getProperty("user.name", ""));
        if (dialog.open() != VerifyDialog.OK) {
            return;
        }
        record(evidence, value, dialog.statement(), shell.get().getDisplay());
    }

    /**
     * Records a statement in a Job and reports the outcome.
     *
     * @param evidence where it goes
     * @param value the mapping's value
     * @param statement what was stated
     * @param display the display reports go to
     * @return the scheduled Job
     */
    public Job record(EvidenceStates evidence, LiveValue value, VerificationEvidence.Statement statement,
            Display display) {
        String name = MappingLookup.shortName(value.mapping().signal());
        Job job = Job.create("Recording the verification of " + name, monitor -> {
            String outcome;
            try {
                EvidenceStates.Recorded recorded = evidence.record(value.mapping().connection(),
                        value.mapping().signal(), statement);
                outcome = "Recorded " + recorded.record().verdict().words() + " for " + name + " by "
                        + recorded.record().by() + " in " + recorded.file().getFileName();
            } catch (IOException e) {
                outcome = "Not recorded: the evidence of " + name + " cannot be written (" + e.getMessage() + ")";
            } catch (IllegalStateException e) {
                outcome = "Not recorded: " + e.getMessage();
            }
            String text = outcome;
            if (!display.isDisposed()) {
                display.asyncExec(() -> report.accept(text));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
        return job;
    }
}
