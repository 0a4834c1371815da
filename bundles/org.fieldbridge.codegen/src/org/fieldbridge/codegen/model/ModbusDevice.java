/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * A Modbus TCP connection of the .twin file with its tags.
 *
 * @param name the connection's name
 * @param host the default host
 * @param port the default port
 * @param unitId the unit identifier
 * @param pollMillis the poll period
 * @param connectTimeoutMillis the connect timeout
 * @param responseTimeoutMillis the response timeout
 * @param maxRegisters registers per request
 * @param maxGap unused registers (and bits) a request may bridge, or -1 (no {@code max gap}): the runtime
 *        chooses the gaps by the device's measured cost
 * @param retries the {@code retries} setting, or -1 (the runtime retries with backoff in any case)
 * @param signals its mapped signals in declaration order
 * @param origin where the connection is declared
 */
public record ModbusDevice(String name, String host, int port, int unitId, long pollMillis, long connectTimeoutMillis,
        long responseTimeoutMillis, int maxRegisters, int maxGap, int retries, List<MappedSignal> signals,
        Origin origin) {

    public ModbusDevice {
        signals = List.copyOf(signals);
    }
}
