/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store-and-forward queue as the runtime shows it: its folder in the data folder, its figures in
 * {@code Sparkplug._Diagnostics} (read by a Milo client) and in the live view, and its configuration keys.
 */
@Timeout(120)
class SparkplugQueueDiagnosticsTest {

    private static final String SPARKPLUG = "Sparkplug._Diagnostics.";

    @TempDir
    Path dir;

    @Test
    void theQueueIsInTheDataFolderAndItsFiguresInTheDiagnosticsAndTheLiveView() throws Exception {
        int port = LoopbackPort.free();
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        fixture.writeConfiguration("sparkplug.brokerUrl=tcp://127.0.0.1:" + port + "\nsparkplug.queue.maxSamples=1000\n");
        try (fixture; TwinRuntime runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
                TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                        fixture.operatorPassword)) {
            assertTrue(Files.isRegularFile(dir.resolve("sparkplug").resolve("head")), "the queue beside the configuration");
            waitingFor("the Sparkplug diagnostics").atMost(Duration.ofSeconds(10))
                    .until(() -> "broker not connected".equals(value(client, SPARKPLUG + "ConnectionState")));
            assertEquals(NodeIds.UInt64, client.attribute(SPARKPLUG + "QueueDepth", AttributeId.DataType));
            assertEquals(NodeIds.Double, client.attribute(SPARKPLUG + "QueueOldestAge", AttributeId.DataType));
            assertEquals(ULong.valueOf(0), value(client, SPARKPLUG + "QueueDropped"));
            String block = liveView(runtime);
            assertTrue(block.matches("(?s).*-- Sparkplug Acme\\.Riverside/" + RiversideSlice.NAME
                    + " broker not connected; queue \\d+ samples, oldest \\d+ s, 0 dropped.*"), block);

            try (MosquittoBroker broker = MosquittoBroker.startPersistent(Files.createDirectories(dir.resolve("broker")),
                    port)) {
                waitingFor("connected, the queue sent").atMost(Duration.ofSeconds(20)).until(() -> "connected".equals(
                        value(client, SPARKPLUG + "ConnectionState"))
                        && ULong.valueOf(0).equals(value(client, SPARKPLUG + "QueueDepth")));
                assertTrue(liveView(runtime).contains(" connected; queue 0 samples, oldest 0 s, 0 dropped"));
            }
        }
    }

    @Test
    void theQueueBoundAndThePrimaryHostIdAreCheckedWithTheirLine() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\n"
                + "sparkplug.queue.maxSamples=2_000_000\nsparkplug.primaryHostId=scada\n");
        SparkplugSettings settings = RuntimeConfiguration.load(file, twin, fixture.env).sparkplug().orElseThrow();
        assertEquals(2_000_000L, settings.queueMaxSamples());
        assertEquals("scada", settings.primaryHostId());

        fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\nsparkplug.queue.maxSamples=0\n");
        ConfigurationException bound = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(bound.getMessage().contains("sparkplug.queue.maxSamples: '0' is not a number of samples"),
                bound.getMessage());

        fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\nsparkplug.primaryHostId=scada/1\n");
        ConfigurationException host = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(host.getMessage().contains("sparkplug.primaryHostId: 'scada/1' cannot be an MQTT topic level"),
                host.getMessage());

        fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\nsparkplug.queue.maxSample=10\n");
        ConfigurationException typo = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(typo.getMessage().contains("did you mean sparkplug.queue.maxSamples?"), typo.getMessage());
        fixture.close();
    }

    private static String liveView(TwinRuntime runtime) {
        return new LiveView(runtime, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Duration.ofSeconds(1), false, Clock.systemDefaultZone()).block();
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
