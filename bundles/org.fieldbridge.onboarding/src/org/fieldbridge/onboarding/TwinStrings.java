/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

/** Strings as the .twin language writes them. */
public final class TwinStrings {

    private TwinStrings() {
    }

    /**
     * @param text any text
     * @return it in double quotes, with backslashes and quotes escaped and line breaks as spaces
     */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
