/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/** Where a mapped signal is read: a Modbus register or an OPC UA node. */
public sealed interface SignalSource permits ModbusSource, OpcUaSource {

    /** @return the canonical address for people, e.g. {@code holding:20} or {@code ns=2;s=Zone1.Temp} */
    String canonical();
}
