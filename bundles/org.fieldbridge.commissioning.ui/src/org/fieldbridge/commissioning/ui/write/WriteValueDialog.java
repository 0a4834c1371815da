/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fieldbridge.commissioning.write.ControllerWrites;
import org.fieldbridge.commissioning.write.WriteConfirmation;
import org.fieldbridge.commissioning.write.WriteEncoding;
import org.fieldbridge.commissioning.write.WriteOutcome;
import org.fieldbridge.commissioning.write.WriteTarget;

/**
 * "Write Value": controller, address, signal, the value now, a field for the new value validated as it is typed
 * (a number of the signal, inside its valid range, fitting the data type), the data type and the registers as they
 * will be sent. Write sends it in a Job (the UI never waits for the controller); the result, as audited, is shown
 * in the dialog. Writing is refused here too unless Allow Writes is on for the connection.
 */
public final class WriteValueDialog extends TitleAreaDialog {

    /** The Write button's id. */
    public static final int WRITE_ID = IDialogConstants.OK_ID;

    private final WriteTarget target;
    private final ControllerWrites writes;
    private final String controller;
    private Text newValue;
    private Label asWritten;
    private Label registers;
    private WriteOutcome outcome;

    /**
     * @param shell the parent
     * @param target what is there now, read before the dialog opened
     * @param writes the write service (its policy is the project's Allow Writes toggles)
     * @param controller e.g. {@code PLC4 (127.0.0.1:5020 unit 1)}
     */
    public WriteValueDialog(Shell shell, WriteTarget target, ControllerWrites writes, String controller) {
        super(shell);
        this.target = target;
        this.writes = writes;
        this.controller = controller;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Write Value");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Write a value to " + target.mapping().connection());
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(12, 6).applyTo(body);
        row(body, "Controller:", controller);
        row(body, "Address:", target.addressText());
        row(body, "Signal:", target.mapping().signal());
        row(body, "Old value:", withUnit(target.oldValue()));
        new Label(body, SWT.NONE).setText("New value:");
        Composite valueRow = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(valueRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(valueRow);
        newValue = new Text(valueRow, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(newValue);
        new Label(valueRow, SWT.NONE).setText(target.mapping().unit());
        asWritten = row(body, "As written:", "");
        row(body, "Data type:", target.dataType());
        registers = row(body, "Registers:", "");
        newValue.addModifyListener(e -> validate());
        return area;
    }

    private static Label row(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label);
        Label text = new Label(body, SWT.NONE);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private String withUnit(String value) {
        return target.mapping().unit().isEmpty() || "-".equals(value) ? value : value + " " + target.mapping().unit();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, WRITE_ID, "&Write", false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
        validate();
    }

    /** @return the value field, for tests driving the dialog */
    public Text newValueField() {
        return newValue;
    }

    /** @return whether the Write button can be pressed now */
    public boolean writeEnabled() {
        Button write = getButton(WRITE_ID);
        return write != null && write.isEnabled();
    }

    /** @return the registers as they would be sent now, e.g. {@code 4000 449C} */
    public String registersText() {
        return registers.getText();
    }

    /** @return how the last write ended, null before one */
    public WriteOutcome outcome() {
        return outcome;
    }

    /** Checks what is typed; the Write button is enabled only for a value that may be written. */
    void validate() {
        String problem = refusal();
        WriteEncoding.Encoded encoded = null;
        boolean empty = newValue.getText().isBlank();
        if (problem == null && empty) {
            asWritten.setText("");
            registers.setText("");
            setErrorMessage(null);
            setMessage("Type the new value in " + (target.mapping().unit().isEmpty() ? "the signal's unit"
                    : target.mapping().unit()) + "; it is checked against the signal's range and the data type.");
            Button write = getButton(WRITE_ID);
            if (write != null) {
                write.setEnabled(false);
            }
            return;
        }
        if (problem == null) {
            try {
                encoded = target.encode(newValue.getText());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        asWritten.setText(encoded == null ? "" : withUnit(encoded.newValue()));
        registers.setText(encoded == null ? "" : target.hasRegisters() ? hex(encoded.words()) : "-");
        if (problem != null) {
            setErrorMessage(problem);
        } else {
            setErrorMessage(null);
            setMessage("Check controller, address and value, then Write. The attempt is recorded in the audit log.",
                    IMessageProvider.WARNING);
        }
        Button write = getButton(WRITE_ID);
        if (write != null) {
            write.setEnabled(problem == null);
        }
    }

    /** @return why nothing may be written here at all, or null */
    private String refusal() {
        if (!writes.allows(target.mapping())) {
            return "Writing to " + target.mapping().connection() + " is not allowed: choose Allow Writes on "
                    + target.mapping().connection() + " in the Connections view first";
        }
        return target.problem().isEmpty() ? null : target.problem();
    }

    private static String hex(int[] words) {
        StringBuilder text = new StringBuilder();
        for (int w : words) {
            text.append(text.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%04X", w & 0xFFFF));
        }
        return text.toString();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == WRITE_ID) {
            write(newValue.getText());
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Writes in a Job; the dialog stays open and shows how it ended. */
    private void write(String text) {
        getButton(WRITE_ID).setEnabled(false);
        newValue.setEnabled(false);
        setMessage("Writing " + withUnit(text.strip()) + " to " + target.mapping().connection() + "...");
        Job job = Job.create("Writing " + target.mapping().signal(), (IProgressMonitor monitor) -> {
            WriteOutcome result;
            try {
                WriteConfirmation confirmation = writes.prepare(target.mapping(), text);
                result = writes.write(confirmation);
            } catch (ControllerWrites.Refused e) {
                result = e.outcome();
            } catch (IOException e) {
                result = new WriteOutcome(WriteOutcome.Result.FAILED, "the audit log cannot be written: "
                        + e.getMessage(), java.util.Optional.empty());
            }
            WriteOutcome ended = result;
            Shell shell = getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> shown(ended));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void shown(WriteOutcome result) {
        outcome = result;
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        newValue.setEnabled(true);
        if (result.written()) {
            setErrorMessage(null);
            setMessage("Written: " + result.message(), IMessageProvider.INFORMATION);
        } else {
            setErrorMessage(result.describe());
        }
        getButton(WRITE_ID).setEnabled(!result.written());
    }
}
