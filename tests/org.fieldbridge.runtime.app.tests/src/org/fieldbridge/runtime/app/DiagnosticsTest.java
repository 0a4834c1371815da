/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.fieldbridge.tests.support.Waiting.waitingFor;

/**
 * The controllers' {@code _Diagnostics} objects in the twin's address space, read by a Milo client over
 * Basic256Sha256 with the operator's user name (a user who may only read), while the controller goes away and
 * comes back; and the same diagnostics in the live view's header.
 */
@Timeout(120)
class DiagnosticsTest {

    private static final String PLC4 = "Controllers.PLC4._Diagnostics.";
    private static final String OVEN2 = "Controllers.Oven2._Diagnostics.";

    @TempDir
    Path dir;

    @Test
    @DisplayName("_Diagnostics shows connected, then reconnecting with the last error and a growing reconnect count, "
            + "then connected again; the live view header says the same")
    void diagnosticsFollowTheController() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        fixture.writeConfiguration("");
        TagAddress bath = new TagAddress(1, RegisterArea.HOLDING_REGISTER, 20, DataType.INT16, ByteOrder.BIG_ENDIAN,
                WordOrder.LOW_WORD_FIRST);
        try (SimulatedModbusDevice plc4 = new SimulatedModbusDevice(1, fixture.plc4Port,
                List.of(new RegisterBinding(RiversideSlice.BATH_TEMP, bath, 0.1, 0)));
                TwinRuntime runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
                TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                        fixture.operatorPassword)) {
            plc4.update(signal -> 21.0);
            plc4.start();
            waitingFor("PLC4 connected").atMost(Duration.ofSeconds(15)).until(() -> "connected".equals(value(client, PLC4
                    + "ConnectionState")));
            assertEquals(NodeIds.String, client.attribute(PLC4 + "ConnectionState", AttributeId.DataType));
            assertEquals(NodeIds.UInt32, client.attribute(PLC4 + "ReconnectCount", AttributeId.DataType));
            assertEquals(NodeIds.UInt64, client.attribute(PLC4 + "FailedRequests", AttributeId.DataType));
            waitingFor("poll cycle times").atMost(Duration.ofSeconds(5)).until(() -> value(client, PLC4 + "PollCycleTimeP99") instanceof Double p99 && p99 > 0
                            && value(client, PLC4 + "RequestsPerSecond") instanceof Double rate && rate > 1);
            // the image ends at register 20: the rectifier current (22) and the agitator coil are refused
            assertTrue(((ULong) value(client, PLC4 + "FailedRequests")).longValue() > 0);
            long reconnects = ((UInteger) value(client, PLC4 + "ReconnectCount")).longValue();
            // Oven2 (OPC UA) is not there at all: its diagnostics say so, with a subscription state instead of cycles
            waitingFor("Oven2 down").atMost(Duration.ofSeconds(5)).until(() -> "connecting".equals(value(client, OVEN2
                    + "ConnectionState")) && !"".equals(value(client, OVEN2 + "LastError")));
            assertEquals("connection refused", value(client, OVEN2 + "LastError"));
            assertTrue(client.read(OVEN2 + "SubscriptionState").getStatusCode().isGood());

            plc4.stop();
            waitingFor("PLC4 reconnecting").atMost(Duration.ofSeconds(10)).until(() -> "reconnecting".equals(
                    value(client, PLC4 + "ConnectionState")));
            waitingFor("reconnect attempts counted").atMost(Duration.ofSeconds(10)).until(() -> ((UInteger) value(client, PLC4 + "ReconnectCount")).longValue() >= reconnects + 2);
            String error = (String) value(client, PLC4 + "LastError");
            assertTrue(error.equals("connection refused") || error.startsWith("connection closed by the device"), error);
            assertTrue(value(client, PLC4 + "LastErrorTime") instanceof DateTime);
            String header = new LiveView(runtime, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    Duration.ofSeconds(1), false, Clock.systemDefaultZone()).block();
            assertTrue(header.contains("-- PLC4 (Modbus TCP) reconnecting since "), header);
            assertTrue(header.contains("last error"), header);
            assertTrue(header.contains("-- Oven2 (OPC UA) connecting since "), header);

            plc4.start();
            waitingFor("PLC4 back").atMost(Duration.ofSeconds(10)).until(() -> "connected".equals(value(client, PLC4
                    + "ConnectionState")));
            String back = new LiveView(runtime, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    Duration.ofSeconds(1), false, Clock.systemDefaultZone()).block();
            assertTrue(back.matches("(?s).*-- PLC4 \\(Modbus TCP\\) connected since [0-9:]{8}; cycle [0-9.]+ ms, p99 [0-9.]+ ms; "
                    + "[0-9.]+ requests/s; \\d+ failed; \\d+ reconnects.*"), back);
        }
    }

    private static Object value(TwinClient client, String id) {
        try {
            DataValue v = client.read(id);
            return v.getValue() == null ? null : v.getValue().getValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
