/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.secrets;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a password commissioning needs and the workbench does not have; what is typed is kept only in Eclipse
 * secure storage (encrypted). The text field hides what is typed.
 */
public final class PasswordDialog extends TitleAreaDialog {

    private final String purpose;
    private final String why;
    private Text field;
    private char[] password = new char[0];

    /**
     * @param shell the parent
     * @param purpose what the password is for
     * @param why why it is asked for
     */
    public PasswordDialog(Shell shell, String purpose, String why) {
        super(shell);
        this.purpose = purpose;
        this.why = why;
    }

    /** @return a prompt that opens this dialog on the UI thread (callers are Jobs) */
    public static PasswordPrompt prompt() {
        return (purpose, why) -> {
            AtomicReference<Optional<char[]>> answer = new AtomicReference<>(Optional.empty());
            Display display = Display.getDefault();
            display.syncExec(() -> {
                PasswordDialog dialog = new PasswordDialog(display.getActiveShell(), purpose, why);
                if (dialog.open() == OK) {
                    answer.set(Optional.of(dialog.password));
                }
            });
            return answer.get();
        };
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Password");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Character.toUpperCase(purpose.charAt(0)) + purpose.substring(1));
        setMessage(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText("Password:");
        field = new Text(body, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(field);
        new Label(body, SWT.NONE);
        Label kept = new Label(body, SWT.WRAP);
        kept.setText("Kept in the workbench's secure storage (encrypted), never in a file of the project.");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(kept);
        return area;
    }

    /** A long reason wraps in the title area instead of widening the dialog across the screen. */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.min(size.x, 600), size.y);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            password = field.getTextChars();
        }
        super.buttonPressed(buttonId);
    }
}
