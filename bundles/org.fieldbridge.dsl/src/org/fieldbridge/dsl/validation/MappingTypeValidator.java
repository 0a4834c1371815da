/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.OffsetOption;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.ScaleOption;
import org.fieldbridge.dsl.twin.StringType;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.SignalDataType;

/**
 * Judges every combination of a register's data type with the data type of the plant signal it feeds. The
 * runtime publishes a signal with its plant data type and drops a value of another kind (a number for a
 * boolean signal, a fraction for an integer one), so a wrong combination is a signal that never gets a
 * value: an error, with a code per combination ({@code twin.mapping.type.*}). The one warning is an integer
 * signal whose valid range is narrower than what its register can deliver: such values are published,
 * flagged as out of range, which is what a valid range is for, but for counters and ids it usually means the
 * range in the plant model is too tight.
 */
public class MappingTypeValidator extends AbstractDeclarativeValidator {

    private static final double EPSILON = 1e-9;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinValidator
    }

    /** What the register delivers. */
    private enum Source {
        ONE_BIT, BIT_OF_REGISTER, INTEGER, FLOAT, TEXT
    }

    @Check
    public void typesFit(Mapping mapping) {
        Signal signal = mapping.getSignal();
        DataType type = Mappings.dataType(mapping);
        if (!SignalFacts.resolved(signal) || type == null) {
            return;
        }
        Source source = source(type);
        SignalDataType target = signal.getDataType();
        String spelled = spelled(mapping, type);
        String name = SignalFacts.name(signal);
        switch (target) {
            case BOOLEAN -> intoBoolean(source, spelled, name);
            case STRING -> intoText(source, spelled, name);
            case INTEGER, REAL -> intoNumber(mapping, source, type, signal, spelled, name);
            default -> {
                // every data type of the plant model is handled above
            }
        }
        if (target == SignalDataType.BOOLEAN || target == SignalDataType.STRING) {
            conditioningOnNonNumber(mapping, signal, name);
        }
    }

    private void intoBoolean(Source source, String spelled, String name) {
        switch (source) {
            case FLOAT -> error(spelled + " is a floating point number, but " + name + " is on or off; read it from a"
                    + " coil or discrete input, as 'bit N' of a holding register, or as bool.",
                    Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MAPPING_TYPE_FLOAT_INTO_BOOLEAN);
            case INTEGER -> error(spelled + " is a number, but " + name + " is on or off; read the one bit that"
                    + " says it, e.g. 'bit 0' instead of " + spelled + ", or a coil or discrete input.",
                    Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MAPPING_TYPE_INTEGER_INTO_BOOLEAN);
            case TEXT -> error(spelled + " is text, but " + name + " is on or off; read it from a coil or discrete"
                    + " input, or as 'bit N' of a register.", Literals.MAPPING__DATA_TYPE,
                    TwinIssueCodes.MAPPING_TYPE_STRING_INTO_NUMBER);
            default -> {
                // one bit into a boolean signal
            }
        }
    }

    private void intoText(Source source, String spelled, String name) {
        if (source != Source.TEXT) {
            error(spelled + " is not text, but " + name + " holds text; read it as string(N) over the N registers"
                    + " the device uses, or make the signal numeric in the plant model.",
                    Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MAPPING_TYPE_NUMBER_INTO_STRING);
        }
    }

    private void intoNumber(Mapping mapping, Source source, DataType type, Signal signal, String spelled, String name) {
        boolean integer = signal.getDataType() == SignalDataType.INTEGER;
        String what = integer ? "an integer" : "a number";
        // A state may be a plain on/off value whatever number type the plant gives it (kept from the first checks).
        boolean state = signal.getQuantity() == Quantity.STATE;
        switch (source) {
            case ONE_BIT -> {
                if (!state) {
                    error(spelled + " only says on or off, but " + name + " is " + describe(signal)
                            + "; read it from a holding or input register with a numeric type such as int16 or float32.",
                            Literals.MAPPING__SOURCE, TwinIssueCodes.MAPPING_TYPE_BOOLEAN_INTO_NUMBER);
                }
            }
            case BIT_OF_REGISTER -> {
                if (!state) {
                    error(spelled + " reads one bit, but " + name + " is " + describe(signal)
                            + "; read the whole register with a numeric type such as int16 or uint16.",
                            Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MAPPING_TYPE_BIT_INTO_NUMBER);
                }
            }
            case TEXT -> error(spelled + " is text, but " + name + " is " + what + "; read it with a numeric type"
                    + " such as int16 or float32, or make the signal text in the plant model.",
                    Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MAPPING_TYPE_STRING_INTO_NUMBER);
            case FLOAT -> {
                if (integer) {
                    error(spelled + " does not hold whole numbers exactly, but " + name + " is an integer "
                            + signal.getKind().getLiteral() + "; read it with an integer type such as uint32.",
                            Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MAPPING_TYPE_FLOAT_INTO_INTEGER);
                }
            }
            case INTEGER -> {
                if (integer && !fractionFree(mapping, name)) {
                    return;
                }
                if (SignalFacts.hasRange(signal)) {
                    rangeFits(mapping, (ScalarType) type, signal, integer);
                }
            }
        }
    }

    /** An integer signal gets whole numbers only if scale and offset keep them whole. */
    private boolean fractionFree(Mapping mapping, String name) {
        ScaleOption scale = ConnectionSettings.option(mapping.getOptions(), ScaleOption.class);
        OffsetOption offset = ConnectionSettings.option(mapping.getOptions(), OffsetOption.class);
        if (scale != null && !whole(scale.getFactor())) {
            error("scale " + SignalFacts.number(scale.getFactor()) + " makes fractions, but " + name
                    + " is an integer signal; use a whole scale factor, or make the signal real in the plant model.",
                    scale, Literals.SCALE_OPTION__FACTOR, TwinIssueCodes.MAPPING_TYPE_FRACTIONAL_SCALE);
            return false;
        }
        if (offset != null && !whole(offset.getOffset())) {
            error("offset " + SignalFacts.number(offset.getOffset()) + " makes fractions, but " + name
                    + " is an integer signal; use a whole offset, or make the signal real in the plant model.",
                    offset, Literals.OFFSET_OPTION__OFFSET, TwinIssueCodes.MAPPING_TYPE_FRACTIONAL_SCALE);
            return false;
        }
        return true;
    }

    private void rangeFits(Mapping mapping, ScalarType scalar, Signal signal, boolean integer) {
        ScaleOption scale = ConnectionSettings.option(mapping.getOptions(), ScaleOption.class);
        OffsetOption offset = ConnectionSettings.option(mapping.getOptions(), OffsetOption.class);
        double factor = scale == null ? 1 : scale.getFactor();
        double shift = offset == null ? 0 : offset.getOffset();
        double a = RegisterLayout.rawMinimum(scalar.getKind()) * factor + shift;
        double b = RegisterLayout.rawMaximum(scalar.getKind()) * factor + shift;
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        double min = signal.getValidRange().getMinimum();
        double max = signal.getValidRange().getMaximum();
        String reach = scalar.getKind().getLiteral() + (scale == null ? "" : " with scale " + SignalFacts.number(factor))
                + (offset == null ? "" : " and offset " + SignalFacts.number(shift)) + " reaches "
                + SignalFacts.number(low) + " .. " + SignalFacts.number(high);
        if (min < low - EPSILON || max > high + EPSILON) {
            error(reach + " only, but " + SignalFacts.name(signal) + " is valid over " + SignalFacts.range(signal)
                    + "; use a wider type or another scale.", Literals.MAPPING__DATA_TYPE,
                    TwinIssueCodes.MAPPING_TYPE_RANGE_BEYOND_REGISTER);
        } else if (integer && (low < min - EPSILON || high > max + EPSILON)) {
            warning(reach + ", but the integer signal " + SignalFacts.name(signal) + " is valid over "
                    + SignalFacts.range(signal) + " only: values beyond it will be published as out of range. Widen"
                    + " the valid range in the plant model if the device can send them.", Literals.MAPPING__DATA_TYPE,
                    TwinIssueCodes.MAPPING_TYPE_REGISTER_BEYOND_RANGE);
        }
    }

    private void conditioningOnNonNumber(Mapping mapping, Signal signal, String name) {
        ScaleOption scale = ConnectionSettings.option(mapping.getOptions(), ScaleOption.class);
        OffsetOption offset = ConnectionSettings.option(mapping.getOptions(), OffsetOption.class);
        EStructuralFeature feature = scale != null ? Literals.SCALE_OPTION__FACTOR : Literals.OFFSET_OPTION__OFFSET;
        if (scale != null || offset != null) {
            error((scale != null ? "scale" : "offset") + " turns numbers into numbers, but " + name + " is "
                    + signal.getDataType().getLiteral() + "; remove it.", scale != null ? scale : offset, feature,
                    TwinIssueCodes.MAPPING_TYPE_SCALE_ON_NON_NUMBER);
        }
    }

    private static Source source(DataType type) {
        if (type instanceof BitType) {
            return Source.BIT_OF_REGISTER;
        }
        if (type instanceof StringType) {
            return Source.TEXT;
        }
        if (RegisterLayout.isBoolean(type)) {
            return Source.ONE_BIT;
        }
        return RegisterLayout.isInteger(type) ? Source.INTEGER : Source.FLOAT;
    }

    /** The type as the reader sees it: the table for coils and discrete inputs without a declared type. */
    private static String spelled(Mapping mapping, DataType type) {
        RegisterAddress address = Mappings.address(mapping);
        if (mapping.getDataType() == null && address != null && address.table().holdsBits()) {
            return "A " + (address.table().keyword().equals("coil") ? "coil" : "discrete input");
        }
        return RegisterLayout.spell(type);
    }

    private static String describe(Signal signal) {
        return "a " + org.fieldbridge.dsl.units.UnitSymbols.describe(signal.getQuantity()) + " "
                + signal.getKind().getLiteral();
    }

    private static boolean whole(double value) {
        return Math.abs(value - Math.rint(value)) < EPSILON;
    }
}
