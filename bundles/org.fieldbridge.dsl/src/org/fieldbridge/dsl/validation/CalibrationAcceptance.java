/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

/**
 * A documented acceptance of an instrument's calibration state, written as a line comment directly above
 * the statement that uses the instrument:
 *
 * <pre>
 * // calibration accepted: TT_Tank2 until 2026-12-24: recalibration ordered, ticket 4711
 * map PLC4 holding-register:11:INT "Temp_Sensor_2A" -&gt; Tank2.BathTemp { scale 0.1, unit degC }
 * </pre>
 *
 * Until the end of that day the statement gets no twin.calibration.expired or twin.calibration.missing
 * warning for that instrument; afterwards the warning is back and says that the acceptance ran out. The
 * text after the date is free: the reason, for the quality manager.
 *
 * @param instrument the instrument's name in the plant model
 * @param until      the last day the acceptance holds
 */
public record CalibrationAcceptance(String instrument, LocalDate until) {

    private static final String PREFIX = "// calibration accepted: ";
    private static final Pattern FORM = Pattern.compile(
            "//\\s*calibration accepted:\\s*(\\S+)\\s+until\\s+(\\d{4}-\\d{2}-\\d{2})\\b.*");

    /**
     * The comment line that accepts an instrument's state until a day.
     *
     * @param instrument the instrument's name
     * @param until      the last day
     * @param reason     why, for the record
     * @return e.g. {@code // calibration accepted: TT_Tank2 until 2026-12-24: recalibration ordered}
     */
    public static String comment(String instrument, LocalDate until, String reason) {
        return PREFIX + instrument + " until " + until + ": " + reason;
    }

    /**
     * The acceptance of an instrument written above a statement.
     *
     * @param statement  the statement (mapping, verdict)
     * @param instrument the instrument's name
     * @return the acceptance with the latest day, or {@code null} if there is none
     */
    public static CalibrationAcceptance above(EObject statement, String instrument) {
        CalibrationAcceptance found = null;
        for (String line : StatementComments.above(statement)) {
            Matcher matcher = FORM.matcher(line);
            if (matcher.matches() && matcher.group(1).equals(instrument)) {
                try {
                    LocalDate until = LocalDate.parse(matcher.group(2));
                    if (found == null || until.isAfter(found.until())) {
                        found = new CalibrationAcceptance(instrument, until);
                    }
                } catch (DateTimeParseException e) {
                    // not a date (2026-02-31): no acceptance
                }
            }
        }
        return found;
    }

    /**
     * Tells whether the acceptance holds on a day.
     *
     * @param day the day
     * @return whether the day is not after {@link #until()}
     */
    public boolean holdsOn(LocalDate day) {
        return !day.isAfter(until);
    }
}
