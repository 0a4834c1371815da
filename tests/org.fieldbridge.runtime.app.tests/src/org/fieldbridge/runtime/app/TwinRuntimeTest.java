/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.fieldbridge.runtime.app.RiversideSlice.AGITATOR;
import static org.fieldbridge.runtime.app.RiversideSlice.ALARM_ACTIVE;
import static org.fieldbridge.runtime.app.RiversideSlice.BATH_TEMP;
import static org.fieldbridge.runtime.app.RiversideSlice.BATH_TEMP_MEAN;
import static org.fieldbridge.runtime.app.RiversideSlice.RECTIFIER_CURRENT;
import static org.fieldbridge.runtime.app.RiversideSlice.ZONE1_TEMP;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.simulator.modbus.DeviceFault;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.physics.AnodizingTank;
import org.fieldbridge.simulator.physics.SimulatedPlant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine against the simulated Riverside plant on loopback: PLC4 over Modbus TCP, Oven2 over OPC UA
 * (Basic256Sha256 SignAndEncrypt, user name), the twin's server read by an independent Milo client.
 */
@Timeout(150)
class TwinRuntimeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private static final Pattern RAISED = Pattern.compile(
            "(?m)^\\d\\d:\\d\\d:\\d\\d  ALARM RAISED   BathTooHot  Tank3  value (\\d+\\.\\d\\d)  severity 700$");
    private static final Pattern CLEARED = Pattern.compile(
            "(?m)^\\d\\d:\\d\\d:\\d\\d  ALARM CLEARED  BathTooHot  Tank3  value (\\d+\\.\\d\\d)  severity 700$");
    private static final Pattern LATENCY_LINE = Pattern.compile("(?m)^-- OPC UA server: added latency p50 \\d+\\.\\d ms,"
            + " p99 \\d+\\.\\d ms, max \\d+\\.\\d ms over [\\d,]+ values; [\\d,]+ late publishing cycles$");
    private static final Pattern ACTIVE_HEADER = Pattern.compile(
            "(?m)^== riverside-slice  \\d\\d:\\d\\d:\\d\\d  4 signals  alarms active: BathTooHot ==$");

    @TempDir
    Path dir;

    private RuntimeFixture fixture;
    private TwinRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    @DisplayName("a client reads the scaled bath temperature with its unit and range, the coil as a Boolean, "
            + "the oven's temperature over OPC UA and the aligned mean, all Good")
    void aClientReadsScaledValuesWithUnitsAndQuality() throws Exception {
        fixture = RuntimeFixture.withSimulator(dir, 1.0);
        fixture.writeConfiguration("");
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
        for (String id : new String[] { BATH_TEMP, RECTIFIER_CURRENT, AGITATOR, ZONE1_TEMP }) {
            waitingFor(id + " Good, was " + runtime.latest(id)).atMost(PATIENCE).until(() -> good(id));
        }
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword)) {
            DataValue bath = client.read(BATH_TEMP);
            assertTrue(bath.getStatusCode().isGood(), bath::toString);
            double celsius = (Double) bath.getValue().getValue();
            assertEquals(fixture.simulator.value("Tank3.BathTemp"), celsius, 0.2, "raw tenths scaled by 0.1");
            assertEquals(Math.round(celsius * 10), celsius * 10, 1e-6, "a register of tenths of a degree");
            EUInformation unit = (EUInformation) client.property(BATH_TEMP, "EngineeringUnits");
            assertEquals(4408652, unit.getUnitId(), "CEL");
            assertEquals("°C", unit.getDisplayName().text());
            Range range = (Range) client.property(BATH_TEMP, "EURange");
            assertEquals(40.0, range.getHigh());

            assertEquals(NodeIds.Boolean, client.attribute(AGITATOR, AttributeId.DataType));
            assertEquals(Boolean.TRUE, client.read(AGITATOR).getValue().getValue());
            // the rectifier ramps up to its 1250 A setpoint (200 A/s) and then ripples by 2.5 A
            waitingFor("rectifier at its setpoint").atMost(PATIENCE).until(() -> Math.abs(
                    runtime.latest(RECTIFIER_CURRENT).doubleValue() - 1250) < 5);
            double amps = ((Number) client.read(RECTIFIER_CURRENT).getValue().getValue()).doubleValue();
            assertEquals(1250, amps, 5, "float32 CDAB");

            DataValue zone = client.read(ZONE1_TEMP);
            assertTrue(zone.getStatusCode().isGood(), zone::toString);
            assertEquals(fixture.simulator.value("CuringOven.Zone1.Temp"), (Double) zone.getValue().getValue(), 5);

            waitingFor("an aligned mean").atMost(PATIENCE).until(() -> runtime.latest(BATH_TEMP_MEAN) != null
                    && runtime.latest(BATH_TEMP_MEAN).quality().isGood());
            Sample mean = runtime.latest(BATH_TEMP_MEAN);
            assertEquals(0, mean.sourceTimestamp().getNano(), "stamped with a point of the 1 s grid");
            assertEquals(celsius, (Double) mean.value(), 0.5);
            assertEquals(mean.value(), client.read(BATH_TEMP_MEAN).getValue().getValue());
        }
    }

    @Test
    @DisplayName("with server.measurePublishLatency the live view shows the server's own added latency once it has "
            + "sent a value to a subscribed client")
    void theLiveViewShowsTheServersAddedLatency() throws Exception {
        fixture = RuntimeFixture.withSimulator(dir, 1.0);
        fixture.writeConfiguration("server.measurePublishLatency=true\n");
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
        LiveView live = new LiveView(runtime, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), Duration.ofSeconds(1), false, Clock.systemDefaultZone());
        assertFalse(live.block().contains("added latency"), "no line before anything was sent");
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword)) {
            BlockingQueue<DataValue> values = client.values(RECTIFIER_CURRENT); // ramps: changes every poll
            for (int i = 0; i < 3; i++) {
                assertNotNull(values.poll(30, SECONDS), "the rectifier current was not reported");
            }
            waitingFor("the server's latency").atMost(PATIENCE).until(() -> runtime.publishLatencyLine() != null);
            String block = live.block();
            assertTrue(LATENCY_LINE.matcher(block).find(), block);
        }
    }

    @Test
    @DisplayName("when Tank3 overheats, BathTooHot's state becomes true, an event reaches the client and the live "
            + "view prints the raise and the clear")
    void theBathAlarmRaisesAndClears() throws Exception {
        fixture = RuntimeFixture.withSimulator(dir, 20.0);
        fixture.writeConfiguration("");
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(1)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword); LiveView live = new LiveView(runtime, out, Duration.ofMillis(500), false,
                        Clock.systemDefaultZone())) {
            live.start();
            BlockingQueue<Variant[]> events = client.events();
            // Everything is attached before the bath heats, however slowly the client connected: the bath reads Good
            // and the alarm is normal, so the raise below is the first and every observer sees it.
            waitingFor("bath temperature Good").atMost(PATIENCE).until(() -> good(BATH_TEMP));
            waitingFor("BathTooHot normal").atMost(PATIENCE).until(() -> !isTrue(ALARM_ACTIVE));
            tank3HeaterStuck(true);
            waitingFor("BathTooHot active").atMost(Duration.ofSeconds(90)).until(() -> isTrue(ALARM_ACTIVE));
            assertEquals(Boolean.TRUE, client.read(ALARM_ACTIVE).getValue().getValue());
            // the heater stays stuck until a block of the live view has shown the alarm active (blocks come every
            // 500 ms, a loaded machine may delay them; the alarm must not clear before)
            waitingFor("a live view block with BathTooHot active").atMost(PATIENCE)
                    .until(() -> ACTIVE_HEADER.matcher(bytes.toString(StandardCharsets.UTF_8)).find());
            tank3HeaterStuck(false);
            Variant[] event = events.poll(30, SECONDS);
            assertNotNull(event, "no event");
            assertEquals("BathTooHot", event[0].getValue());
            String message = ((LocalizedText) event[1].getValue()).text();
            assertTrue(message.startsWith("BathTooHot active: "), message);
            assertEquals(700, ((UShort) event[2].getValue()).intValue());

            waitingFor("BathTooHot cleared").atMost(Duration.ofSeconds(90)).until(() -> !isTrue(ALARM_ACTIVE));
            waitingFor("the clear in the live view").atMost(PATIENCE).until(() -> CLEARED.matcher(
                    bytes.toString(StandardCharsets.UTF_8)).find());
            String text = bytes.toString(StandardCharsets.UTF_8);
            // the value at the raise depends on how fast the loaded machine polled the heating bath: above the 24.5
            // threshold, and the one the OPC UA event reported; at the clear, below the 24.0 reset
            Matcher raised = RAISED.matcher(text);
            assertTrue(raised.find(), text);
            double raisedValue = Double.parseDouble(raised.group(1));
            assertTrue(raisedValue > 24.5, text);
            Matcher reported = Pattern.compile("^BathTooHot active: (\\S+) > 24\\.5").matcher(message);
            assertTrue(reported.find(), message);
            assertEquals(String.format(Locale.ROOT, "%.2f", Double.parseDouble(reported.group(1))), raised.group(1),
                    "the live view shows the value the event reported");
            Matcher cleared = CLEARED.matcher(text);
            assertTrue(cleared.find(), text);
            assertTrue(Double.parseDouble(cleared.group(1)) < 24.0, text);
            assertTrue(text.indexOf(raised.group()) < text.indexOf(cleared.group()), text);
            Matcher row = Pattern.compile("(?m)^  (Tank3\\.BathTemp) +(\\d+\\.\\d\\d) (°C) +(\\w+) +(\\d+\\.\\d s)$")
                    .matcher(text);
            assertTrue(row.find(), text);
            assertEquals("Good", row.group(4));
        }
    }

    @Test
    @DisplayName("values go Bad_Timeout, keeping their last value, when the PLC is silenced, and Good again after")
    void valuesGoBadWhenThePlcIsSilenced() throws Exception {
        fixture = RuntimeFixture.withSimulator(dir, 1.0);
        fixture.writeConfiguration("");
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
        waitingFor("bath temperature Good").atMost(PATIENCE).until(() -> good(BATH_TEMP));
        SimulatedModbusDevice plc4 = fixture.simulator.controller(SimulatedModbusDevice.class);
        plc4.inject(DeviceFault.silent());
        waitingFor("Bad_Timeout").atMost(PATIENCE).until(() -> runtime.latest(BATH_TEMP).quality().is(Quality.BAD_TIMEOUT));
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword)) {
            DataValue bath = client.read(BATH_TEMP);
            assertEquals(Quality.BAD_TIMEOUT.unsignedCode(), bath.getStatusCode().getValue(), bath::toString);
            assertNotNull(bath.getValue().getValue(), "the last value is kept");
            assertTrue(client.read(ALARM_ACTIVE).getStatusCode().isBad(), "the alarm cannot judge a Bad value");
            plc4.inject(DeviceFault.NONE);
            waitingFor("Good again").atMost(PATIENCE).until(() -> good(BATH_TEMP));
            assertTrue(client.read(BATH_TEMP).getStatusCode().isGood());
        }
    }

    @Test
    @DisplayName("an expired calibration makes the oven temperature Uncertain_SensorCalibration, naming the certificate")
    void anExpiredCalibrationMakesTheValueUncertain() throws Exception {
        fixture = RuntimeFixture.withSimulator(dir, 1.0);
        fixture.writeConfiguration("");
        runtime = fixture.start(fixture.twin(LocalDate.now().minusDays(1), Duration.ofSeconds(5)));
        waitingFor("a zone 1 value").atMost(PATIENCE).until(() -> runtime.latest(ZONE1_TEMP) != null
                && runtime.latest(ZONE1_TEMP).value() != null);
        Sample zone = runtime.latest(ZONE1_TEMP);
        assertTrue(zone.quality().is(Quality.UNCERTAIN_SENSOR_CALIBRATION), zone::toString);
        assertTrue(zone.quality().detail().contains(RiversideSlice.CERTIFICATE), zone.quality()::detail);
        waitingFor("bath temperature Good").atMost(PATIENCE).until(() -> good(BATH_TEMP));
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword)) {
            assertEquals(0x420A0000L, client.read(ZONE1_TEMP).getStatusCode().getValue());
            assertTrue(client.read(BATH_TEMP).getStatusCode().isGood(), "no calibration record: not affected");
        }
    }

    @Test
    @DisplayName("controllers that are down are not fatal: their signals are Bad; closing leaves no thread and frees "
            + "the port")
    void controllersThatAreDownAreNotFatal() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        fixture = RuntimeFixture.withoutControllers(dir);
        fixture.writeConfiguration("");
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
        waitingFor("PLC4 Bad").atMost(PATIENCE).until(() -> runtime.latest(BATH_TEMP) != null
                && runtime.latest(BATH_TEMP).quality().is(Quality.BAD_COMMUNICATION_ERROR));
        waitingFor("Oven2 Bad").atMost(PATIENCE).until(() -> runtime.latest(ZONE1_TEMP) != null
                && runtime.latest(ZONE1_TEMP).quality().is(Quality.BAD_NO_COMMUNICATION));
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword)) {
            assertTrue(client.read(BATH_TEMP).getStatusCode().isBad());
        }
        runtime.close();
        runtime = null;
        waitingFor("no runtime thread left").atMost(Duration.ofSeconds(10)).until(() -> newThreads(before).isEmpty());
        try (ServerSocket again = new ServerSocket(fixture.serverPort, 1, InetAddress.getLoopbackAddress())) {
            assertFalse(again.isClosed(), "the server's port is free again");
        }
    }

    private static Set<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(n -> n.startsWith("fieldbridge-") && !n.startsWith("fieldbridge-simulator"))
                .collect(Collectors.toSet());
    }

    private void tank3HeaterStuck(boolean stuck) {
        SimulatedPlant plant = fixture.simulator.plant();
        synchronized (plant) {
            plant.equipment("Tank3", AnodizingTank.class).setHeaterStuckOn(stuck);
        }
    }

    private boolean good(String id) {
        Sample s = runtime.latest(id);
        return s != null && s.quality().isGood();
    }

    private boolean isTrue(String id) {
        Sample s = runtime.latest(id);
        return s != null && Boolean.TRUE.equals(s.value());
    }
}
