/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.datatypes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Conversion of the {@code IsoDate} data type ({@link LocalDate}) to and from its XMI form.
 *
 * <p>The generated {@code PlantFactoryImpl} delegates here through the {@code create}/{@code convert}
 * GenModel annotations of {@code IsoDate} in {@code plant.ecore}, so no generated code is edited.
 * A date without time zone is used (rather than EDate) because a calibration is due on a calendar day
 * wherever the file is opened; EDate would shift it across time zones.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * Parses an ISO 8601 calendar date ({@code yyyy-MM-dd}).
     *
     * @param text the literal from the file, may be {@code null}
     * @return the date, or {@code null} for a {@code null} literal
     * @throws IllegalArgumentException if the literal is not an ISO date; EMF reports it as a load error
     *                                  with line and column
     */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form yyyy-MM-dd", e);
        }
    }

    /**
     * Formats a date as ISO 8601 ({@code yyyy-MM-dd}).
     *
     * @param date the date, may be {@code null}
     * @return the literal, or {@code null} for {@code null}
     */
    public static String format(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
