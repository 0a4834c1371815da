/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.verify;

import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.evidence.Verdict;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.live.LiveValue;

/**
 * Asks for what the engineer states about one mapping: the verdict, the value observed (prefilled with the value
 * read now), the value expected or the HMI's reading, and a comment. Does no I/O: the caller records the statement
 * in a Job.
 */
public final class VerifyDialog extends TitleAreaDialog {

    private final LiveValue value;
    private final MappingStatus status;
    private final String who;
    private Button pass;
    private Button fail;
    private Button notChecked;
    private Text observed;
    private Text expected;
    private Text comment;
    private VerificationEvidence.Statement statement;

    /**
     * @param shell the parent shell
     * @param value the mapping's value as read now
     * @param status where its verification stands now ({@code null} if unknown)
     * @param who who records it (the OS user name)
     */
    public VerifyDialog(Shell shell, LiveValue value, MappingStatus status, String who) {
        super(shell);
        this.value = value;
        this.status = status;
        this.who = who;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Verify Mapping");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        MappedValue m = value.mapping();
        setTitle("Verify " + MappingLookup.shortName(m.signal()));
        setMessage(m.connection() + " " + m.written() + (m.hmiTag() == null ? "" : " \"" + m.hmiTag() + "\"")
                + " reads " + value.valueText() + unitSuffix() + " (" + value.quality().symbolicName() + ")."
                + " Compare it with the HMI or a reference instrument.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(10, 8).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        label(form, "Verdict:");
        Composite verdicts = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 0).applyTo(verdicts);
        pass = radio(verdicts, "&Pass");
        fail = radio(verdicts, "&Fail");
        notChecked = radio(verdicts, "&Not checked");
        pass.setSelection(true);

        observed = field(form, "&Observed (" + unitOr("value") + "):", value.quality().isBad() ? ""
                : value.valueText());
        expected = field(form, "&Expected / HMI shows:", "");
        label(form, "&Comment:");
        comment = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 60).applyTo(comment);
        label(form, "Recorded by:");
        label(form, who + ", now (UTC); saved beside the .twin file and in its audit log");
        label(form, "Until now:");
        label(form, status == null ? "unknown (evidence not read yet)" : status.describe());
        return area;
    }

    private String unitSuffix() {
        return value.mapping().unit().isEmpty() ? "" : " " + value.mapping().unit();
    }

    private String unitOr(String fallback) {
        return value.mapping().unit().isEmpty() ? fallback : value.mapping().unit();
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        return label;
    }

    private static Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        return button;
    }

    private static Text field(Composite parent, String label, String initial) {
        label(parent, label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(initial);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Record", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        Verdict verdict = pass.getSelection() ? Verdict.PASS : fail.getSelection() ? Verdict.FAIL : Verdict.NOT_CHECKED;
        statement = new VerificationEvidence.Statement(verdict, observed.getText().strip(), expected.getText().strip(),
                comment.getText().strip(), who);
        super.okPressed();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** @return what was stated; {@code null} unless Record was pressed */
    public VerificationEvidence.Statement statement() {
        return statement;
    }

    /**
     * Fills the form as a user would (tests, scripted demos); Record still has to be pressed.
     *
     * @param verdict the verdict to select
     * @param expectedValue the expected or HMI value
     * @param commentText the comment
     */
    public void fill(Verdict verdict, String expectedValue, String commentText) {
        pass.setSelection(verdict == Verdict.PASS);
        fail.setSelection(verdict == Verdict.FAIL);
        notChecked.setSelection(verdict == Verdict.NOT_CHECKED);
        expected.setText(expectedValue);
        comment.setText(commentText);
    }
}
