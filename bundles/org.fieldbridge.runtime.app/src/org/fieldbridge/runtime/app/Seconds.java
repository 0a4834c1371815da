/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.math.BigDecimal;
import java.time.Duration;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A command-line option given in seconds ({@code --duration 30}, {@code --live 0.5}): a positive number, with
 * a fraction where wanted, up to about 31 years. Shared by the runtime, {@code fieldbridge run} and
 * {@code fieldbridge demo} so that they read durations alike.
 */
public final class Seconds implements ITypeConverter<Duration> {

    private static final double LONGEST = 1e9;

    @Override
    public Duration convert(String text) {
        try {
            double s = Double.parseDouble(text.strip());
            if (s > 0 && s <= LONGEST) {
                Duration d = Duration.ofNanos(Math.round(s * 1e9));
                if (!d.isZero()) {
                    return d;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("takes a positive number of seconds, not '" + text + "'");
    }

    /** @return {@code duration} as the number of seconds this converter reads back, e.g. {@code 30} or {@code 0.5} */
    public static String format(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
    }
}
