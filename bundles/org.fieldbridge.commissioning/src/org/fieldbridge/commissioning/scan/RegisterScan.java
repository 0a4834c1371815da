/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import java.util.List;

import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.runtime.modbus.ModbusProbe;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.ExceptionCode;
import org.fieldbridge.runtime.register.RegisterArea;

/**
 * Reads a register range of any table and unit and ranks every decoding of it against what the plant signal
 * expects. Read-only.
 */
public final class RegisterScan {

    /** Registers read when the caller names no count: enough for every 64-bit decoding. */
    public static final int DEFAULT_COUNT = 4;

    private RegisterScan() {
    }

    /** The device refused the range (exception response); the reason names the exception and the address. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * @param link the connection to the controller
     * @param unitId the unit id
     * @param area the table
     * @param offset the zero-based offset of the first register or bit
     * @param count how many to read; 0 for {@link #DEFAULT_COUNT} (fewer when the device has fewer there)
     * @param expectation what the signal expects
     * @return the raw data and the ranked decodings
     * @throws ModbusProbe.Failure when the controller cannot be reached or does not answer
     * @throws Refused when the device answers with an exception
     */
    public static ScanResult scan(ModbusLink link, int unitId, RegisterArea area, int offset, int count,
            Expectation expectation) throws ModbusProbe.Failure, Refused {
        int wanted = count > 0 ? count : area.isBits() ? 1 : DEFAULT_COUNT;
        BlockOutcome outcome = link.readRange(unitId, area, offset, wanted);
        // without a count, a value near the end of the table still scans: fewer registers, fewer decodings
        while (count <= 0 && outcome instanceof BlockOutcome.Refused refused
                && refused.exception() == ExceptionCode.ILLEGAL_DATA_ADDRESS && wanted > 1) {
            wanted = wanted > 2 ? 2 : 1;
            outcome = link.readRange(unitId, area, offset, wanted);
        }
        if (outcome instanceof BlockOutcome.Refused refused) {
            throw new Refused(refused.quality().detail().isEmpty() ? refused.exception().name()
                    : refused.quality().detail());
        }
        var roundTrip = link.status().roundTrip();
        if (outcome instanceof BlockOutcome.Bits bits) {
            return new ScanResult(unitId, area, offset, new int[0], bits.bits(), List.of(), roundTrip);
        }
        int[] words = ((BlockOutcome.Registers) outcome).words();
        List<RankedDecoding> ranked = DecodingRanking.rank(Decodings.of(words), expectation);
        return new ScanResult(unitId, area, offset, words, new boolean[0], ranked, roundTrip);
    }
}
