/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for an attribute of any data type: shows the value as the file spells it and turns
 * typed text back into a value. Text that is not a value of the type is refused with a message (the
 * Properties view puts it in the status line) instead of failing when the model is set.
 */
final class DataTypeCellEditor extends TextCellEditor {

    /** Stable code of the refusal, as in the checker's findings. */
    static final String CODE = "plant.property.value";

    private final EDataType type;

    DataTypeCellEditor(Composite parent, EDataType type, String propertyName) {
        super(parent);
        this.type = type;
        // the Properties view checks the model's value too when it opens the editor: only typed text is judged
        setValidator(value -> value instanceof String text ? refusal(type, propertyName, text) : null);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        return isText(type) ? text : EcoreUtil.createFromString(type, text.strip());
    }

    /**
     * @return null if {@code text} is a value of {@code type}, else what is wrong and how to fix it
     */
    static String refusal(EDataType type, String propertyName, String text) {
        if (isText(type)) {
            return null;
        }
        String kind = expected(type);
        if (text == null || text.isBlank()) {
            return propertyName + ": a " + kind + " is needed here [" + CODE + "]";
        }
        try {
            EcoreUtil.createFromString(type, text.strip());
            return null;
        } catch (RuntimeException e) {
            return propertyName + ": \u201c" + text + "\u201d is not a " + kind + "; type " + example(kind)
                    + " [" + CODE + "]";
        }
    }

    private static boolean isText(EDataType type) {
        return type.getInstanceClass() == String.class;
    }

    private static String expected(EDataType type) {
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class) {
            return "whole number";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "number";
        }
        if (c != null && c.getName().startsWith("java.time")) {
            return "date";
        }
        return "value of type " + type.getName();
    }

    private static String example(String kind) {
        return switch (kind) {
            case "whole number" -> "digits only, such as 1000";
            case "number" -> "a number such as 40 or -2.5";
            case "date" -> "a date such as 2026-03-01";
            default -> "a value as it is written in the .plant file";
        };
    }
}
