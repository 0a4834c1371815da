/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.modbus;

import java.util.Locale;
import java.util.Map;

import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModiconAddress;
import org.fieldbridge.dsl.twin.ModiconXAddress;
import org.fieldbridge.dsl.twin.Plc4xAddress;
import org.fieldbridge.dsl.twin.ScalarKind;
import org.fieldbridge.dsl.twin.SpaceAddress;

/**
 * Normalises the address spellings of the language to {@link RegisterAddress}.
 * <ul>
 * <li>{@code holding 7}, {@code coil 17}: a register number, one- or zero-based as the connection's
 * {@code addressing} says (default one-based, as on most HMIs).</li>
 * <li>{@code holding 40007}, {@code holding 400007}: with five or six digits starting with the table's
 * Modicon digit the number is read as a Modicon address (always one-based).</li>
 * <li>{@code 40007} (five digits, registers 1-9999) and {@code 400007} (six digits, 1-65536): Modicon.</li>
 * <li>{@code 4x0007}: Modicon with an explicit table digit, one-based.</li>
 * <li>{@code holding-register:7:INT}: PLC4X, one-based, optionally with an IEC 61131-3 type.</li>
 * </ul>
 */
public final class ModbusAddresses {

    private static final Map<String, ScalarKind> PLC4X_TYPES = Map.of(
            "BOOL", ScalarKind.BOOL, "INT", ScalarKind.INT16, "UINT", ScalarKind.UINT16,
            "WORD", ScalarKind.UINT16, "DINT", ScalarKind.INT32, "UDINT", ScalarKind.UINT32,
            "DWORD", ScalarKind.UINT32, "REAL", ScalarKind.FLOAT32, "LINT", ScalarKind.INT64,
            "LREAL", ScalarKind.FLOAT64);

    private ModbusAddresses() {
    }

    /** The outcome of normalising one address: either an address or a reason why there is none. */
    public record Result(RegisterAddress address, String problem) {
        static Result ok(RegisterTable table, long offset) {
            return new Result(new RegisterAddress(table, offset), null);
        }

        static Result fail(String problem) {
            return new Result(null, problem);
        }

        /** @return whether the address could be read */
        public boolean isValid() {
            return address != null;
        }
    }

    /**
     * Normalises an address.
     *
     * @param address the parsed address
     * @param base    the connection's addressing (only plain register numbers depend on it)
     * @return the normalised address or the problem
     */
    public static Result normalise(ModbusAddress address, AddressBase base) {
        if (address instanceof SpaceAddress spaced) {
            return spaced(table(spaced.getSpace().getName()), spaced.getNumber(), base);
        }
        if (address instanceof ModiconAddress modicon) {
            return modicon(modicon.getText());
        }
        if (address instanceof ModiconXAddress modiconX) {
            return modiconX(modiconX.getText());
        }
        if (address instanceof Plc4xAddress plc4x) {
            if (plc4x.getTypeName() != null && plc4xType(plc4x.getTypeName()) == null) {
                return Result.fail("'" + plc4x.getTypeName() + "' is not a PLC4X type this language knows (known: "
                        + String.join(", ", PLC4X_TYPES.keySet().stream().sorted().toList()) + ").");
            }
            return oneBased(table(plc4x.getSpace().getName()), plc4x.getNumber());
        }
        return Result.fail("The address is incomplete.");
    }

    /**
     * The data type a PLC4X type name stands for.
     *
     * @param name e.g. {@code INT}
     * @return the data type, or {@code null} if unknown
     */
    public static ScalarKind plc4xType(String name) {
        return name == null ? null : PLC4X_TYPES.get(name.toUpperCase(Locale.ROOT));
    }

    private static RegisterTable table(String enumName) {
        return switch (enumName) {
            case "COIL" -> RegisterTable.COIL;
            case "DISCRETE" -> RegisterTable.DISCRETE_INPUT;
            case "INPUT" -> RegisterTable.INPUT_REGISTER;
            default -> RegisterTable.HOLDING_REGISTER;
        };
    }

    private static Result spaced(RegisterTable table, String digits, AddressBase base) {
        if (digits == null || digits.isEmpty()) {
            return Result.fail("The register number is missing.");
        }
        if ((digits.length() == 5 || digits.length() == 6) && digits.charAt(0) == table.modiconPrefix()) {
            return modicon(digits);
        }
        long number = parse(digits);
        if (base == AddressBase.ZERO_BASED) {
            return Result.ok(table, number);
        }
        if (number < 1) {
            return Result.fail("Register numbers start at 1 with one-based addressing; write 'addressing zero-based'"
                    + " on the connection to count from 0.");
        }
        return Result.ok(table, number - 1);
    }

    private static Result modicon(String digits) {
        if (digits.length() != 5 && digits.length() != 6) {
            return Result.fail("A Modicon address has 5 or 6 digits (40007, 400007); for a plain register number"
                    + " write the table first, e.g. 'holding " + digits + "'.");
        }
        RegisterTable table = RegisterTable.ofModiconPrefix(digits.charAt(0));
        if (table == null) {
            return Result.fail("A Modicon address starts with 0 (coil), 1 (discrete input), 3 (input register) or"
                    + " 4 (holding register), not " + digits.charAt(0) + ".");
        }
        return oneBased(table, digits.substring(1));
    }

    private static Result modiconX(String text) {
        RegisterTable table = RegisterTable.ofModiconPrefix(text.charAt(0));
        return oneBased(table, text.substring(2));
    }

    private static Result oneBased(RegisterTable table, String digits) {
        long number = parse(digits);
        if (number < 1) {
            return Result.fail("Modicon and PLC4X register numbers start at 1.");
        }
        return Result.ok(table, number - 1);
    }

    private static long parse(String digits) {
        // At most 18 significant digits fit a long; anything longer is far beyond every limit anyway.
        // Leading zeros skipped by hand: this runs twice per mapping and validation, and a regular
        // expression compiled each time cost more than the rest of the address checks together.
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.length() - first > 18 ? Long.MAX_VALUE : Long.parseLong(digits, first, digits.length(), 10);
    }
}
