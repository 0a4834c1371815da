/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A command-line option that is a positive, finite number ({@code --time-scale 10}). */
public final class PositiveNumber implements ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a number, was '" + text + "'");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new TypeConversionException("must be a positive number, was " + text);
        }
        return v;
    }
}
