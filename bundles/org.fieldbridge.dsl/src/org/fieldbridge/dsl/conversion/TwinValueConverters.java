/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Converts the language's data type rules (numbers, unit names, digit strings). */
public class TwinValueConverters extends DefaultTerminalConverters {

    private final IValueConverter<Double> number = new AbstractNullSafeConverter<>() {
        @Override
        protected Double internalToValue(String string, INode node) {
            try {
                double value = Double.parseDouble(string);
                if (Double.isInfinite(value)) {
                    throw new ValueConverterException("The number " + string + " is too large.", node, null);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ValueConverterException("'" + string + "' is not a number.", node, e);
            }
        }

        @Override
        protected String internalToString(Double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    };

    private final IValueConverter<String> verbatim = new AbstractNullSafeConverter<>() {
        @Override
        protected String internalToValue(String string, INode node) {
            return string;
        }

        @Override
        protected String internalToString(String value) {
            return value;
        }
    };

    private final IValueConverter<String> unitName = new AbstractNullSafeConverter<>() {
        @Override
        protected String internalToValue(String string, INode node) {
            if (string.length() >= 2 && string.startsWith("\"") && string.endsWith("\"")) {
                return STRING().toValue(string, node);
            }
            return string;
        }

        @Override
        protected String internalToString(String value) {
            return value.matches("[A-Za-z_][A-Za-z0-9_]*") ? value : STRING().toString(value);
        }
    };

    /** @return the converter of decimal numbers such as {@code -24.5} */
    @ValueConverter(rule = "Number")
    public IValueConverter<Double> Number() {
        return number;
    }

    /** @return the converter of digit strings, kept as written because leading zeros matter in Modicon addresses */
    @ValueConverter(rule = "Digits")
    public IValueConverter<String> Digits() {
        return verbatim;
    }

    /** @return the converter of qualified names */
    @ValueConverter(rule = "QualifiedName")
    public IValueConverter<String> QualifiedName() {
        return verbatim;
    }

    /** @return the converter of unit names, quoted or not */
    @ValueConverter(rule = "UnitName")
    public IValueConverter<String> UnitName() {
        return unitName;
    }
}
