/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A simulated controller's setpoint: writable through {@code acceptWrites}, its neighbour measurement not. */
@Timeout(60)
class AcceptWritesTest {

    @Test
    @DisplayName("a signal that accepts writes is written (value only), reads back and is handed over; a measurement refuses")
    void aWritableSignalIsWrittenAndTheOthersStayReadOnly(@TempDir Path pki) throws Exception {
        TestSecrets secrets = new TestSecrets();
        EngineeringUnit celsius = new EngineeringUnit("CEL", "°C", "degree Celsius");
        AddressSpaceDescription description = AddressSpaceDescription.of(PlantElement.builder(PlantLevel.EQUIPMENT,
                "Zone1").signal(new SignalDescription("Temp", "Temperature", "", SignalType.DOUBLE, celsius,
                        new EuRange(0, 250)))
                .signal(new SignalDescription("SP", "Setpoint", "", SignalType.DOUBLE, celsius, new EuRange(0, 250)))
                .build());
        TwinServerConfig config = TwinServerConfig.builder(TestServer.NAME, secrets).bindAddress(LoopbackPort.ADDRESS)
                .port(LoopbackPort.free()).pkiDirectory(pki).build();
        List<Sample> written = new CopyOnWriteArrayList<>();
        try (TwinOpcUaServer server = TwinOpcUaServer.start(config, description)) {
            server.publish("Zone1.Temp", Sample.good(26.0, Instant.now()));
            server.publish("Zone1.SP", Sample.good(180.0, Instant.now()));
            server.acceptWrites("Zone1.SP", written::add);
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                NodeId sp = TestClient.nodeId(server, "Zone1.SP");
                NodeId temp = TestClient.nodeId(server, "Zone1.Temp");
                List<StatusCode> results = client.writeValues(List.of(sp, temp), List.of(
                        DataValue.valueOnly(new Variant(185.0)), DataValue.valueOnly(new Variant(30.0))));
                assertEquals(StatusCode.GOOD, results.get(0), results.toString());
                assertTrue(results.get(1).isBad(), results.toString()); // the measurement stays read-only
                List<DataValue> values = client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(sp, temp))
                        .get(10, SECONDS);
                assertEquals(185.0, values.get(0).getValue().getValue());
                assertEquals(26.0, values.get(1).getValue().getValue());
                assertEquals(1, written.size());
                assertEquals(185.0, written.get(0).value());
            } finally {
                TestClient.disconnect(client);
            }
        }
    }
}
