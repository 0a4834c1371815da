/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.views;

import java.nio.file.Path;

/**
 * A plant file, or a place in it, that could not be shown, with the reason in words a plant engineer
 * understands.
 *
 * @param file    the plant file
 * @param line    1-based line of the problem, 0 when unknown
 * @param column  1-based column of the problem, 0 when unknown
 * @param message what is wrong
 */
public record PlantLoadProblem(Path file, int line, int column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return file.getFileName() + where + ": " + message;
    }
}
