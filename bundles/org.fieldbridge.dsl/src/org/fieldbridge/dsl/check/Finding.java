/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.check;

import java.util.Comparator;

/**
 * One problem found in a file, positioned for people and tools.
 *
 * @param file     the file as given on the command line (or found in a given folder)
 * @param line     1-based line, at least 1
 * @param column   1-based column, at least 1
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param code     the stable code, e.g. {@code twin.modbus.overlap}
 * @param message  the message for plant engineers
 */
public record Finding(String file, int line, int column, String severity, String code, String message) {

    /** Line, then column: the order findings of one file are shown in. */
    public static final Comparator<Finding> IN_FILE_ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column);

    /** @return whether this finding fails a check */
    public boolean isError() {
        return "error".equals(severity);
    }

    /** @return whether this finding is a warning */
    public boolean isWarning() {
        return "warning".equals(severity);
    }

    /** @return {@code file:line:column: severity code: message}, on one line */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity + " " + code + ": "
                + message.replace('\n', ' ').replace('\r', ' ');
    }
}
