/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Edits a list of values chosen from a fixed set (a role's permissions, the roles assigned to an area):
 * every candidate with a check box, the chosen ones first in their order. Checking adds, unchecking
 * removes, Up and Down reorder. OK gives the whole new list, which the caller sets with one command.
 */
public class ListEditDialog extends Dialog {

    private final String title;
    private final List<Object> items = new ArrayList<>();
    private final List<Object> checked;
    private final ILabelProvider labels;
    private boolean ordered = true;
    private CheckboxTableViewer table;
    private List<Object> result;

    /**
     * @param shell      the parent shell
     * @param title      what is edited, such as "Permissions of operator"
     * @param candidates every value the list may hold
     * @param current    the list now, in its order
     * @param labels     texts and icons of the values
     */
    public ListEditDialog(Shell shell, String title, List<?> candidates, List<?> current, ILabelProvider labels) {
        super(shell);
        this.title = title;
        this.checked = new ArrayList<>(current);
        this.labels = labels;
        items.addAll(current);
        candidates.stream().filter(c -> c != null && !items.contains(c)).forEach(items::add);
    }

    /** A set rather than a list (where a role is assigned): no Up and Down. */
    public void unordered() {
        ordered = false;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(480, 420);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 2;
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(ordered ? "Check what the list holds; Up and Down set the order of the checked entries."
                : "Check what the list holds.");
        // a width hint makes the hint wrap instead of widening the dialog past its buttons
        GridDataFactory.fillDefaults().span(ordered ? 2 : 1, 1).hint(380, SWT.DEFAULT).applyTo(hint);
        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(labels);
        table.setInput(items);
        table.setCheckedElements(checked.toArray());
        table.addCheckStateListener(e -> checkChanged(e.getElement(), e.getChecked()));
        if (!ordered) {
            ((GridLayout) area.getLayout()).numColumns = 1;
            return area;
        }
        Composite buttons = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "&Up", -1);
        button(buttons, "&Down", 1);
        return area;
    }

    private void button(Composite parent, String label, int direction) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> move(direction));
    }

    /** A value checked moves to the end of the chosen ones, unchecked to the first place after them. */
    void checkChanged(Object value, boolean isChecked) {
        checked.remove(value);
        if (isChecked) {
            checked.add(value);
        }
        items.remove(value);
        items.add(checked.size() - (isChecked ? 1 : 0), value);
        table.refresh();
        table.setCheckedElements(checked.toArray());
        table.setSelection(new StructuredSelection(value), true);
    }

    /** Moves the selected checked value one place up (-1) or down (+1) among the checked ones. */
    void move(int direction) {
        Object value = table.getStructuredSelection().getFirstElement();
        int index = checked.indexOf(value);
        int target = index + direction;
        if (index < 0 || target < 0 || target >= checked.size()) {
            return;
        }
        checked.remove(index);
        checked.add(target, value);
        items.remove(value);
        items.add(target, value);
        table.refresh();
        table.setCheckedElements(checked.toArray());
        table.setSelection(new StructuredSelection(value), true);
    }

    @Override
    protected void okPressed() {
        result = List.copyOf(checked);
        super.okPressed();
    }

    /** @return the new list, in order; null when the dialog was cancelled */
    public List<Object> result() {
        return result;
    }

    /** @return the check list */
    public CheckboxTableViewer table() {
        return table;
    }

    /** @return the values checked now, in their order */
    public List<Object> checked() {
        return List.copyOf(checked);
    }

    static List<Object> listOf(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return value instanceof Object[] array ? new ArrayList<>(Arrays.asList(array)) : new ArrayList<>();
    }
}
