/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReference;

/**
 * A reference to a secret ({@code env:FB_OVEN2_PASSWORD}, {@code file:...}, {@code secure-storage:...},
 * {@code keystore:...}; {@link SecretReference}), never the secret. Text without a scheme is most likely a
 * password typed into the wrong field: it is masked while typed, refused with a message that does not
 * repeat it, and never set into the model. A literal already in the file is not shown: the cell starts
 * empty.
 */
final class SecretReferenceCellEditor extends TextCellEditor {

    /** The mask shown while the typed text has no scheme. */
    static final char MASK = '\u2022';

    SecretReferenceCellEditor(Composite parent, String propertyName) {
        super(parent);
        setValidator(value -> value instanceof String text ? refusal(propertyName, text) : null);
    }

    @Override
    protected Control createControl(Composite parent) {
        Control control = super.createControl(parent);
        text.addListener(SWT.Modify, e -> mask());
        text.setMessage("env:NAME, file:PATH, secure-storage:PATH or keystore:ALIAS");
        return control;
    }

    /** Masks the text while it has no scheme: until "env:" is typed it may be the password itself. */
    private void mask() {
        char wanted = text.getText().isEmpty() || SecretReference.hasSchemePrefix(text.getText()) ? '\0' : MASK;
        if (text.getEchoChar() != wanted) {
            text.setEchoChar(wanted);
        }
    }

    @Override
    protected void doSetValue(Object value) {
        String reference = value instanceof String s && SecretReference.hasSchemePrefix(s) ? s : "";
        super.doSetValue(reference);
    }

    @Override
    protected void editOccured(org.eclipse.swt.events.ModifyEvent e) {
        // As TextCellEditor, without formatting the message as a MessageFormat pattern (it quotes 'scheme:').
        boolean wasValid = isValueValid();
        boolean valid = isCorrect(text.getText());
        valueChanged(wasValid, valid);
    }

    /** @return the text field (for tests: what a person sees while typing) */
    Text textField() {
        return text;
    }

    /**
     * @return null if {@code typed} is a secret reference the workbench can read, else why not and how to
     *         fix it, never repeating a value without a scheme
     */
    static String refusal(String propertyName, String typed) {
        try {
            SecretReference.parseFor(typed, SecretConsumer.WORKBENCH);
            return null;
        } catch (IllegalArgumentException e) {
            String code = typed == null || typed.isBlank() ? "plant.secret.reference.missing"
                    : SecretReference.hasSchemePrefix(typed) ? "plant.secret.reference.invalid"
                            : "plant.secret.reference.literal";
            return propertyName + ": the text " + e.getMessage() + " [" + code + "]";
        }
    }

    /** @return how a stored value is shown: a reference as written, a literal secret never */
    static String shown(Object value) {
        if (!(value instanceof String s) || s.isEmpty()) {
            return "";
        }
        return SecretReference.hasSchemePrefix(s) ? s
                : "\u2022\u2022\u2022\u2022 (a literal secret, not shown: replace it with a reference such as env:NAME)";
    }
}
