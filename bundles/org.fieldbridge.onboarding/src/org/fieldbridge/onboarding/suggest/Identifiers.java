/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.suggest;

/** Plant element names are identifiers ({@code [A-Za-z_][A-Za-z0-9_]*}, metamodel rule plant.name.invalid). */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * @param text any text
     * @return an identifier: other characters become {@code _}, a leading digit gets {@code _} before it
     */
    public static String of(String text) {
        StringBuilder name = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            boolean ascii = c < 128 && Character.isLetterOrDigit(c);
            name.append(ascii ? c : '_');
        }
        String result = name.toString().replaceAll("_+", "_");
        if (result.length() > 1 && result.endsWith("_")) {
            result = result.substring(0, result.length() - 1);
        }
        if (result.isEmpty() || result.equals("_")) {
            return "Unnamed";
        }
        return Character.isDigit(result.charAt(0)) ? "_" + result : result;
    }
}
