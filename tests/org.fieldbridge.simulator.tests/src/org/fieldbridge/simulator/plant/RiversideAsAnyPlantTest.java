/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plant simulated as any plant would be (from its .twin files, not from the Riverside physics):
 * PLC4 over Modbus TCP and Oven2 over OPC UA with Basic256Sha256 SignAndEncrypt and its user, every mapping
 * read back through the runtime's acquisition equal to what the simulator serves.
 */
@Timeout(180)
@DisplayName("the example plant through the generated simulator")
class RiversideAsAnyPlantTest {

    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String KEY_STORE = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    @TempDir
    Path pki;

    @Test
    @DisplayName("serves PLC4 and Oven2 (secured, with its user) and every mapping reads back as served")
    void servesModbusAndOpcUaMappings() throws Exception {
        RuntimeGenerator.Resolution resolution = RuntimeGenerator.standalone().resolve(List.of(RepositoryRoot.riverside()));
        assertNotNull(resolution.model(), () -> resolution.findings().toString());
        CommissioningModel model = CommissioningModel.of(resolution.model(), resolution.twins());
        model = model.with(EndpointOverrides.parse(List.of("PLC4=127.0.0.1:" + LoopbackPort.free(),
                "Oven2=opc.tcp://127.0.0.1:" + LoopbackPort.free() + "/fieldbridge-sim"), model));
        PlantSimulation simulation = PlantSimulation.of(resolution, model, 60, 1,
                Map.of("FB_OVEN2_PASSWORD", PASSWORD));
        assertEquals(List.of(), simulation.notes());
        assertEquals("measurement following its setpoint",
                simulation.signals().kinds().get("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp"));
        assertEquals("batch id", simulation.signals().kinds().get("Acme.Riverside.Finishing.PowderCoating.CuringOven.BatchId"));
        simulation.simulator().startControllers();
        try {
            for (int i = 0; i < 50; i++) {
                simulation.simulator().tick();
            }
            TwinOpcUaServer server = simulation.opcua().get(0).server();
            OpcUaAccess access = OpcUaAccess.of(Map.of("FB_OVEN2_PASSWORD", PASSWORD,
                    "FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE), pki);
            Path trusted = Files.createDirectories(pki.resolve("controllers").resolve("Oven2"));
            Files.write(trusted.resolve("oven2.der"), server.certificate().getEncoded());
            access.settings((Controller.OpcUa) model.controller("Oven2").orElseThrow()); // makes the client certificate
            try (InputStream in = Files.newInputStream(access.clientCertificateFile())) {
                server.trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            LiveReader reader = new LiveReader(Clock.systemUTC(), access);
            try {
                List<LiveValue> values = reader.readAll(model);
                assertEquals(model.mappings().size(), values.size());
                assertTrue(values.stream().anyMatch(v -> !v.mapping().isModbus()), "OPC UA mappings read");
                for (LiveValue v : values) {
                    Object served = simulation.served(v.mapping());
                    Object read = v.sample().value();
                    String what = v.mapping().signal() + " " + v.mapping().written() + ": read " + read + " "
                            + v.quality() + ", served " + served;
                    assertTrue(v.quality().isGood(), what);
                    if (served instanceof Double d) {
                        assertEquals(d, ((Number) read).doubleValue(), Math.abs(d) * 1e-6 + 1e-9, what);
                    } else {
                        assertEquals(served, read, what);
                    }
                }
            } finally {
                reader.close();
            }
        } finally {
            simulation.simulator().close();
        }
    }
}
