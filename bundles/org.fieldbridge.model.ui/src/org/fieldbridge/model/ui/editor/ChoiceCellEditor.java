/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only combo over a fixed list of values (enum literals, true/false, the objects a reference may
 * point to). The platform's combo cell editor works with indexes; this one with the values themselves.
 */
final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<?> choices;

    ChoiceCellEditor(Composite parent, List<?> choices, Function<Object, String> label) {
        super(parent, choices.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
        this.choices = choices;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Integer.valueOf(choices.indexOf(value)));
    }

    @Override
    protected Object doGetValue() {
        int index = ((Integer) super.doGetValue()).intValue();
        return index >= 0 && index < choices.size() ? choices.get(index) : null;
    }

    /** @return the values offered, in the order shown */
    List<?> choices() {
        return choices;
    }
}
