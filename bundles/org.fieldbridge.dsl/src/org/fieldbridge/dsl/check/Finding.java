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
 * @param element  the URI fragment of the model element the finding is about (a plant element's qualified
 *                 name, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}), so that tools
 *                 can navigate to it; null when the finding is about no one element or the file is no plant
 */
public record Finding(String file, int line, int column, String severity, String code, String message,
        String element) {

    /** A finding about no particular model element ({@link #element()} null). */
    public Finding(String file, int line, int column, String severity, String code, String message) {
        this(file, line, column, severity, code, message, null);
    }

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
