/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * A date: typed as {@code 2027-03-01} (checked as typed, like every value) or picked from a calendar with
 * the "..." button. Enter or leaving the cell applies the typed date; Escape cancels.
 */
final class DateCellEditor extends CellEditor {

    private final EDataType type;
    private final String propertyName;
    private Composite cell;
    private Text text;
    private Button pick;
    private boolean picking;

    DateCellEditor(Composite parent, EDataType type, String propertyName) {
        this.type = type;
        this.propertyName = propertyName;
        create(parent);
        // the Properties view checks the model's date too when it opens the editor: only typed text is judged
        setValidator(value -> value instanceof String text ? DataTypeCellEditor.refusal(type, propertyName, text)
                : null);
    }

    @Override
    protected Control createControl(Composite parent) {
        cell = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = layout.horizontalSpacing = 0;
        cell.setLayout(layout);
        text = new Text(cell, SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
        text.setMessage("yyyy-mm-dd");
        text.addListener(SWT.DefaultSelection, e -> applyTyped());
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                fireCancelEditor();
            }
        });
        text.addListener(SWT.Modify, e -> typed());
        text.addListener(SWT.FocusOut, e -> leftSoon());
        pick = new Button(cell, SWT.PUSH);
        pick.setText("...");
        pick.setToolTipText("Pick the date from a calendar");
        pick.setLayoutData(new GridData(SWT.END, SWT.FILL, false, true));
        pick.addListener(SWT.Selection, e -> pickFromCalendar());
        pick.addListener(SWT.FocusOut, e -> leftSoon());
        return cell;
    }

    private void typed() {
        boolean wasValid = isValueValid();
        boolean valid = isCorrect(text.getText());
        valueChanged(wasValid, valid);
    }

    private void applyTyped() {
        if (isCorrect(text.getText())) {
            fireApplyEditorValue();
            deactivate();
        }
    }

    /** Focus went elsewhere: apply, unless it only moved between the text and the button or to the calendar. */
    private void leftSoon() {
        Display display = cell.getDisplay();
        display.asyncExec(() -> {
            if (cell.isDisposed() || picking || !isActivated()) {
                return;
            }
            Control focus = display.getFocusControl();
            if (focus != text && focus != pick) {
                focusLost();
            }
        });
    }

    /** Opens the calendar at the typed date (or today) and applies the day picked. */
    void pickFromCalendar() {
        picking = true;
        try {
            DatePickerDialog dialog = new DatePickerDialog(cell.getShell(), propertyName, initialDay());
            if (dialog.open() == DatePickerDialog.OK) {
                text.setText(dialog.chosen().toString());
                fireApplyEditorValue();
                deactivate();
            } else if (!text.isDisposed()) {
                text.setFocus();
            }
        } finally {
            picking = false;
        }
    }

    private LocalDate initialDay() {
        Object typed = DataTypeCellEditor.refusal(type, propertyName, text.getText()) == null ? doGetValue() : null;
        return typed instanceof LocalDate day ? day : LocalDate.now();
    }

    @Override
    protected Object doGetValue() {
        String typed = text.getText().strip();
        return typed.isEmpty() ? null : org.eclipse.emf.ecore.util.EcoreUtil.createFromString(type, typed);
    }

    @Override
    protected void doSetFocus() {
        text.setFocus();
        text.selectAll();
    }

    @Override
    protected void doSetValue(Object value) {
        text.setText(value == null ? "" : org.eclipse.emf.ecore.util.EcoreUtil.convertToString(type, value));
    }

    /** @return the text field the date is typed into */
    Text text() {
        return text;
    }
}
