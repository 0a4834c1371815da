/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;

import org.fieldbridge.runtime.register.BlockIsolation;

/**
 * The wire to one device, as the poller sees it. Reads throw {@link java.net.SocketTimeoutException} when
 * the device did not answer within the response timeout and another {@link IOException} when the
 * connection failed; an exception response is an outcome, not an exception.
 */
interface DeviceTransport extends BlockIsolation.BlockReader, AutoCloseable {

    /** Opens the connection within the connect timeout. */
    void connect() throws IOException;

    /** Closes the connection; never throws. */
    @Override
    void close();
}
