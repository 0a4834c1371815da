/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * Where a statement is written, for comments in the generated code.
 *
 * @param file the file name
 * @param line the 1-based line
 * @param text the statement as written, on one line
 */
public record Origin(String file, int line, String text) {

    /** @return e.g. {@code riverside.twin:50} */
    public String location() {
        return file + ":" + line;
    }
}
