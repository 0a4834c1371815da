/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.time.Duration;
import java.util.Locale;

import org.fieldbridge.runtime.app.Seconds;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --interval} of {@code read --watch}: {@code 1s}, {@code 500ms} or plain seconds ({@code 2}, {@code 0.5}). */
final class WatchInterval implements ITypeConverter<Duration> {

    /** Faster than this would load a controller for nobody: a person reads a screen at most a few times a second. */
    static final Duration SHORTEST = Duration.ofMillis(100);

    @Override
    public Duration convert(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration interval;
        try {
            if (t.endsWith("ms")) {
                interval = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            } else {
                interval = new Seconds().convert(t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
            }
        } catch (NumberFormatException | TypeConversionException e) {
            throw new TypeConversionException("takes a time such as 1s, 500ms or 2, not '" + text + "'");
        }
        if (interval.compareTo(SHORTEST) < 0) {
            throw new TypeConversionException("takes at least 100ms, not '" + text + "'");
        }
        return interval;
    }
}
