/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A calendar to pick a calendar day (a calibration date, a due date); double click or OK takes it. */
public class DatePickerDialog extends Dialog {

    private final String title;
    private final LocalDate initial;
    private DateTime calendar;
    private Label chosenText;
    private LocalDate chosen;

    /**
     * @param shell   the parent shell
     * @param title   what the date is, such as "Due Date"
     * @param initial the day shown first
     */
    public DatePickerDialog(Shell shell, String title, LocalDate initial) {
        super(shell);
        this.title = title;
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        calendar = new DateTime(area, SWT.CALENDAR | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(calendar);
        // DateTime counts months from 0
        calendar.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
        chosenText = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chosenText);
        calendar.addListener(SWT.Selection, e -> showChosen());
        calendar.addListener(SWT.DefaultSelection, e -> okPressed());
        showChosen();
        return area;
    }

    private void showChosen() {
        chosenText.setText("Written in the file as " + selected());
    }

    /** @return the day the calendar shows as selected */
    public LocalDate selected() {
        return LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
    }

    /** Selects {@code day} in the calendar, as a click on it would. */
    public void select(LocalDate day) {
        calendar.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        showChosen();
    }

    @Override
    protected void okPressed() {
        chosen = selected();
        super.okPressed();
    }

    /** @return the day picked, or null when the dialog was cancelled */
    public LocalDate chosen() {
        return chosen;
    }
}
