/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.fieldbridge.runtime.diagnostics.SocketFailure.causedBy;
import static org.fieldbridge.runtime.diagnostics.SocketFailure.messages;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.fieldbridge.runtime.diagnostics.SocketFailure;
import org.fieldbridge.runtime.register.ExceptionCode;
import org.fieldbridge.runtime.register.RegisterArea;

/**
 * Why a Modbus connection or request failed, in the words of a plant engineer ("connection refused", "no answer
 * within 500 ms", "illegal data address at holding 40020") rather than the socket library's.
 */
final class FailureReason {

    private FailureReason() {
    }

    /** @return why connecting to {@code connection} failed */
    static String ofConnect(IOException e, ModbusConnection connection) {
        String text = messages(e);
        if (causedBy(e, UnknownHostException.class)) {
            return "unknown host " + connection.host();
        }
        if (causedBy(e, SocketTimeoutException.class) || text.contains("timed out")) {
            return "no answer to the connection request within " + connection.connectTimeout().toMillis() + " ms";
        }
        if (causedBy(e, NoRouteToHostException.class) || text.contains("no route")) {
            return "no route to host " + connection.host();
        }
        if (causedBy(e, ConnectException.class) || text.contains("refused")) {
            return SocketFailure.CONNECTION_REFUSED;
        }
        return "cannot connect: " + SocketFailure.firstMessage(e);
    }

    /** @return why a request on an open connection failed */
    static String ofRequest(IOException e, ModbusConnection connection) {
        String text = messages(e);
        if (e instanceof SocketTimeoutException) {
            return SocketFailure.noAnswerWithin(connection.responseTimeout());
        }
        if (causedBy(e, EOFException.class) || text.contains("premature end of stream") || text.contains("end of stream")
                || text.contains("connection reset") || text.contains("broken pipe") || text.contains("closed")) {
            return "connection closed by the device";
        }
        return "request failed: " + SocketFailure.firstMessage(e);
    }

    /** @return e.g. {@code illegal data address at holding 40020 (unit 1)} */
    static String ofRefusal(int exceptionCode, RegisterArea area, int offset, int unitId) {
        ExceptionCode code = ExceptionCode.of(exceptionCode);
        String what = code == ExceptionCode.UNKNOWN ? String.format(Locale.ROOT, "Modbus exception %02X", exceptionCode & 0xFF)
                : code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return what + " at " + address(area, offset) + " (unit " + unitId + ")";
    }

    /** @return the Modicon address a plant engineer writes in a {@code .twin}: {@code holding 40020} for offset 19 */
    static String address(RegisterArea area, int offset) {
        String digit = switch (area) {
            case COIL -> "0";
            case DISCRETE_INPUT -> "1";
            case INPUT_REGISTER -> "3";
            case HOLDING_REGISTER -> "4";
        };
        String name = switch (area) {
            case COIL -> "coil";
            case DISCRETE_INPUT -> "discrete input";
            case INPUT_REGISTER -> "input";
            case HOLDING_REGISTER -> "holding";
        };
        int number = offset + 1;
        return name + " " + digit + (number <= 9999 ? String.format(Locale.ROOT, "%04d", number)
                : String.format(Locale.ROOT, "%05d", number));
    }
}
