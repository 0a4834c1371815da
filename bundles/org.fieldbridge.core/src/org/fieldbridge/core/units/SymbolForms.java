/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms in which a table symbol may be typed: as printed ({@code m³/h}), in plain ASCII ({@code m3/h}),
 * and each alternative of symbols such as {@code "% or pct"}.
 */
final class SymbolForms {

    private SymbolForms() {
    }

    /** @return the forms of a symbol under which it is found; empty for a blank symbol */
    static List<String> of(String displayName) {
        List<String> forms = new ArrayList<>();
        for (String alternative : displayName.split(" or ")) {
            String form = alternative.strip();
            if (!form.isEmpty()) {
                forms.add(form);
                String ascii = normalise(form);
                if (!ascii.equals(form)) {
                    forms.add(ascii);
                }
            }
        }
        return forms;
    }

    /**
     * Writes a symbol in the characters a keyboard and the .twin grammar have: superscripts as digits,
     * the micro sign (and the Greek mu people paste) as {@code u}, the middle dot as {@code .}, {@code °} as
     * {@code deg}.
     */
    static String normalise(String symbol) {
        return symbol.replace("\u207b\u00b9", "-1").replace("\u00b2", "2").replace("\u00b3", "3")
                .replace('\u00b5', 'u').replace('\u03bc', 'u').replace('\u00b7', '.').replace("\u00b0", "deg");
    }
}
