/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;

import org.fieldbridge.runtime.register.BlockIsolation;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.RegisterArea;

/**
 * The wire to one device, as the poller sees it. Reads throw {@link java.net.SocketTimeoutException} when
 * the device did not answer within the response timeout and another {@link IOException} when the
 * connection failed; an exception response is an outcome, not an exception.
 */
interface DeviceTransport extends BlockIsolation.BlockReader, AutoCloseable {

    /** Opens the connection within the connect timeout. */
    void connect() throws IOException;

    /**
     * Writes holding registers (function 06 for one register, 16 for several) or one coil (function 05); only
     * commissioning writes, the poller never does.
     *
     * @param unitId the unit id
     * @param area {@link RegisterArea#HOLDING_REGISTER} or {@link RegisterArea#COIL}
     * @param offset the zero-based PDU offset of the first register or the coil
     * @param words the register words in address order (for a coil one word, 0 or 1)
     * @return null when the device confirmed the write, else its exception response
     * @throws IOException as for reads: no answer ({@link java.net.SocketTimeoutException}) or a failed connection
     */
    default BlockOutcome.Refused write(int unitId, RegisterArea area, int offset, int[] words) throws IOException {
        throw new IOException("this transport cannot write");
    }

    /** Closes the connection; never throws. */
    @Override
    void close();
}
