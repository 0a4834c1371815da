/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.regex.Pattern;

/** The rule for browse names that also form the string NodeIds of our namespace. */
final class BrowseNames {

    // Dots separate the path segments of a NodeId, so a browse name must not contain one.
    private static final Pattern BROWSE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private BrowseNames() {
    }

    static String require(String browseName) {
        if (browseName == null || !BROWSE_NAME.matcher(browseName).matches()) {
            throw new IllegalArgumentException("a browse name starts with a letter and has up to 64 letters, "
                    + "digits, '_' or '-': '" + browseName + "'");
        }
        return browseName;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
