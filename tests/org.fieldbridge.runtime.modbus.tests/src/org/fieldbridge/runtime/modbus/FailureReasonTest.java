/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

import org.fieldbridge.runtime.register.RegisterArea;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reasons in plant words, with addresses as a .twin writes them (Modicon, one-based). */
class FailureReasonTest {

    private final ModbusConnection plc = ModbusConnection.to("plc4.riverside.example", 502)
            .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(500));

    @Test
    @DisplayName("refused, no answer, closed and unknown host are said in plant words without class names")
    void reasons() {
        assertEquals("connection refused", FailureReason.ofConnect(
                new IOException("cannot connect", new ConnectException("Connection refused")), plc));
        assertEquals("no answer to the connection request within 1000 ms", FailureReason.ofConnect(
                new SocketTimeoutException("Connect timed out"), plc));
        assertEquals("unknown host plc4.riverside.example", FailureReason.ofConnect(
                new UnknownHostException("plc4.riverside.example"), plc));
        assertEquals("no answer within 500 ms", FailureReason.ofRequest(new SocketTimeoutException("Read timed out"), plc));
        assertEquals("connection closed by the device", FailureReason.ofRequest(
                new IOException("Executing transaction failed (tried 1 times) Premature end of stream (Message truncated)"),
                plc));
    }

    @Test
    @DisplayName("a refused address is named as in the .twin: holding 40020 is offset 19 (Modicon, one-based)")
    void refusedAddresses() {
        assertEquals("illegal data address at holding 40020 (unit 1)",
                FailureReason.ofRefusal(2, RegisterArea.HOLDING_REGISTER, 19, 1));
        assertEquals("illegal function at input 30001 (unit 3)", FailureReason.ofRefusal(1, RegisterArea.INPUT_REGISTER, 0, 3));
        assertEquals("server device busy at coil 00008 (unit 1)", FailureReason.ofRefusal(6, RegisterArea.COIL, 7, 1));
        assertEquals("holding 412000", FailureReason.address(RegisterArea.HOLDING_REGISTER, 11999));
        assertEquals("Modbus exception 0C at discrete input 10001 (unit 1)",
                FailureReason.ofRefusal(0x0C, RegisterArea.DISCRETE_INPUT, 0, 1));
    }
}
