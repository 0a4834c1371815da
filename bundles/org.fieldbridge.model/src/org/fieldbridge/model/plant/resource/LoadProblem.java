/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

/**
 * A problem found while reading a plant file, with its position when the parser knows it.
 *
 * @param location the file (or URI) read
 * @param line     1-based line, or 0 if unknown
 * @param column   1-based column, or 0 if unknown
 * @param code     the stable code: {@link #SYNTAX}, {@link #DOCTYPE}, {@link #CONTENT} or {@link #FILE}
 * @param message  what is wrong, in words
 */
public record LoadProblem(String location, int line, int column, String code, String message) {

    /** The file is not well-formed XML text (cut short, unclosed element, not UTF-8, not XML at all). */
    public static final String SYNTAX = "plant.syntax";
    /**
     * The file declares a DOCTYPE. Plant files never need one, and one from outside could make the loader read
     * local files, open network connections or expand entities without bound, so it is refused.
     */
    public static final String DOCTYPE = "plant.doctype";
    /** Well-formed XML that is no valid plant (unknown element or attribute, illegal value, dangling reference). */
    public static final String CONTENT = "plant.content";
    /** The file is missing or cannot be read. */
    public static final String FILE = "plant.file";

    /** @return {@code file:line:column: message}, the form editors and CI logs link to */
    @Override
    public String toString() {
        return line > 0 ? location + ":" + line + ":" + column + ": " + message : location + ": " + message;
    }
}
