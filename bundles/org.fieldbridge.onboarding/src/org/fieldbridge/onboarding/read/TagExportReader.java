/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.List;

import org.fieldbridge.onboarding.ImportedTag;

/** Reads one tag export format into neutral tags; a row it cannot use becomes an unreadable tag, never nothing. */
public interface TagExportReader {

    /**
     * @param file the export's name, for {@code file:line} origins
     * @param text the export's content
     * @param addresses reads Modbus addresses as the language does
     * @return the tags in file order
     * @throws IllegalArgumentException when the content is not of this format, in plant words
     */
    List<ImportedTag> read(String file, String text, ModbusItems addresses);
}
