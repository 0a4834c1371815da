/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plant written only for this test whose OPC UA controller names its nodes by namespace URI, as imports of TIA
 * Portal and Kepware tags write them: the simulated controller registers each URI in its NamespaceArray and serves
 * the nodes there, at their identifiers as written (quotes and dots kept), beside an {@code ns=2} node as before.
 * Read back by a plain Milo client that looks the URIs up, and by the runtime's own read (commissioning's
 * {@link LiveReader}, which resolves {@code nsu=} through the runtime's {@code NodeIdText}).
 */
@Timeout(120)
@DisplayName("the generated simulator serves NodeIds written with their namespace URI")
class NamespaceUriNodesTest {

    private static final String SIEMENS = "http://www.siemens.com/simatic-s7-opcua";

    @TempDir
    Path folder;
    private String endpoint;
    private CommissioningModel model;
    private PlantSimulation simulation;

    @BeforeEach
    void simulateThePlant() throws Exception {
        endpoint = "opc.tcp://127.0.0.1:" + LoopbackPort.free() + "/line9";
        writePlant(folder, endpoint);
        RuntimeGenerator.Resolution resolution = RuntimeGenerator.standalone().resolve(List.of(folder));
        assertNotNull(resolution.model(), () -> "the test plant has errors: " + resolution.findings());
        model = CommissioningModel.of(resolution.model(), resolution.twins());
        simulation = PlantSimulation.of(resolution, model, 2, 1, Map.of());
        simulation.simulator().startControllers();
        for (int i = 0; i < 50; i++) {
            simulation.simulator().tick();
        }
    }

    @AfterEach
    void stop() {
        simulation.simulator().close();
    }

    @Test
    @DisplayName("a Milo client finds each namespace by its URI and reads every node as the simulator serves it")
    void aMiloClientReadsTheNodesByNamespaceUri() throws Exception {
        OpcUaClient client = OpcUaClient.create(endpoint,
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())).findFirst(),
                transport -> {
                },
                config -> config.setApplicationUri("urn:example:test:milo-client")
                        .setApplicationName(LocalizedText.english("namespace URI test")).setRequestTimeout(uint(10_000)));
        client.connectAsync().get(20, SECONDS);
        try {
            NamespaceTable namespaces = client.readNamespaceTable();
            List<String> uris = List.of(namespaces.toArray());
            assertTrue(uris.contains(SIEMENS), uris.toString());
            assertTrue(uris.contains("KEPServerEX"), uris.toString());
            assertTrue(uris.indexOf(SIEMENS) > 2, "the index is the server's choice, after its own: " + uris);
            int read = 0;
            for (MappedValue m : model.mappings()) {
                if (!m.nodeId().startsWith("nsu=") || m.nodeId().contains(";i=")) {
                    continue; // ns=2 as before; the numeric identifier is not served (the note says so)
                }
                NodeId id = ExpandedNodeId.parse(m.nodeId()).toNodeId(namespaces).orElseThrow();
                DataValue value = client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(id)).get(10, SECONDS)
                        .get(0);
                assertTrue(value.getStatusCode().isGood(), m.nodeId() + ": " + value.getStatusCode());
                Object raw = value.getValue().getValue(); // the node's value, before the mapping's scale
                assertServed(simulation.served(m),
                        raw instanceof Number n ? m.conditioning().engineering(n.doubleValue()) : raw, m.nodeId());
                read++;
            }
            assertEquals(5, read, "every nsu= mapping read");
        } finally {
            client.disconnectAsync().get(10, SECONDS);
        }
    }

    @Test
    @DisplayName("the runtime's read resolves every URI and gets every mapping Good, equal to what is served")
    void theRuntimeReadsEveryMappingBackAsServed() {
        LiveReader reader = new LiveReader(Clock.systemUTC());
        try {
            List<LiveValue> values = reader.readAll(model);
            assertEquals(model.mappings().size() - 1, values.stream().filter(v -> v.quality().isGood()).count(),
                    () -> "all but the numeric identifier: " + values);
            for (LiveValue v : values) {
                if (v.mapping().nodeId().contains(";i=")) {
                    continue; // not served: see the note
                }
                assertTrue(v.quality().isGood(), v.mapping().nodeId() + ": " + v.quality());
                assertServed(simulation.served(v.mapping()), v.sample().value(), v.mapping().nodeId());
            }
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("a NodeId the simulated server cannot serve is named in a note, not silently dropped")
    void aNumericIdentifierIsNoted() {
        assertEquals(1, simulation.notes().size(), simulation.notes().toString());
        String note = simulation.notes().get(0);
        assertTrue(note.startsWith("PLC9: nsu=urn:example:eastgate:plc9;i=1042 ("), note);
        assertTrue(note.contains("serves string identifiers (s=...)"), note);
    }

    private static void assertServed(Object served, Object read, String what) {
        if (served instanceof Double d) {
            assertEquals(d, ((Number) read).doubleValue(), Math.abs(d) * 1e-6 + 1e-9, what + " read " + read);
        } else {
            assertEquals(served, read, what);
        }
    }

    private static void writePlant(Path folder, String endpoint) throws java.io.IOException {
        Files.writeString(folder.resolve("line9.plant"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:plant="https://fieldbridge.org/plant/1.0">
                  <enterprises name="Test"><sites name="Site"><areas name="Area"><lines name="Line9">
                    <equipment name="Tank9" controller="PLC9">
                      <signals name="BathTemp" quantity="temperature" unit="CEL"><validRange minimum="0.0" maximum="90.0"/></signals>
                      <signals name="BathTempSetpoint" kind="setpoint" quantity="temperature" unit="CEL"><validRange minimum="0.0" maximum="90.0"/></signals>
                      <signals name="PartsCount" kind="counter" quantity="count" dataType="integer"><validRange minimum="0.0" maximum="1000000.0"/></signals>
                      <signals name="HeaterOn" kind="state" quantity="state" dataType="boolean"/>
                      <signals name="Level" quantity="level" unit="MTR"><validRange minimum="0.0" maximum="5.0"/></signals>
                      <signals name="Spare" quantity="level" unit="MTR"><validRange minimum="0.0" maximum="5.0"/></signals>
                    </equipment>
                    <equipment name="Pump9" controller="PLC9">
                      <signals name="Speed" quantity="rotationalSpeed" unit="RPM"><validRange minimum="0.0" maximum="3000.0"/></signals>
                    </equipment>
                  </lines></areas></sites></enterprises>
                  <controllers name="PLC9"><endpoints xsi:type="plant:OpcUaEndpoint" endpointUrl="%s" securityPolicy="None" securityMode="None"/></controllers>
                  <units commonCode="CEL" displayName="°C" description="degree Celsius"/>
                  <units commonCode="MTR" displayName="m" description="metre"/>
                  <units commonCode="RPM" displayName="rpm" description="revolutions per minute"/>
                </plant:Plant>
                """.formatted(endpoint), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("line9.twin"), """
                package test.line9
                import "line9.plant"

                connection PLC9 opcua {
                }

                map PLC9 "nsu=http://www.siemens.com/simatic-s7-opcua;s=\\"Temp_Sensor_9\\"" -> Tank9.BathTemp { unit degC, scale 0.1 }
                map PLC9 "nsu=http://www.siemens.com/simatic-s7-opcua;s=\\"Temp_SP_9\\"" -> Tank9.BathTempSetpoint { unit degC }
                map PLC9 "nsu=http://www.siemens.com/simatic-s7-opcua;s=\\"DB_Line9\\".\\"Parts\\"" -> Tank9.PartsCount
                map PLC9 "nsu=http://www.siemens.com/simatic-s7-opcua;s=\\"Heater_9\\"" -> Tank9.HeaterOn
                map PLC9 "nsu=KEPServerEX;s=Channel1.Device1.Pump_9_Speed" -> Pump9.Speed { unit rpm }
                map PLC9 "ns=2;s=Tank9.Level" -> Tank9.Level { unit m }
                map PLC9 "nsu=urn:example:eastgate:plc9;i=1042" -> Tank9.Spare { unit m }
                """, StandardCharsets.UTF_8);
    }
}
