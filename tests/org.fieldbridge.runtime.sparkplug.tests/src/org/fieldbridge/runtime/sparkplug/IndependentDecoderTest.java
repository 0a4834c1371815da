/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The births and data the edge node sent through a real Mosquitto, decoded without Eclipse Tahu: by Google's
 * Python protobuf runtime (Debian {@code python3-protobuf}) with a schema compiled by {@code protoc} (Debian
 * {@code protobuf-compiler}) from {@code decoder/sparkplug_b.proto}; both packages are installed by .ci/run.
 */
class IndependentDecoderTest {

    private static final String TANK3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3";
    private static final String RECTIFIER = "Acme.Riverside.Finishing.AnodizingLine.Rectifier1";
    private static final EdgeNodeModel RIVERSIDE = new EdgeNodeModel("Acme.Riverside", "riverside", "sha256:0a1b2c",
            List.of(new DeviceDefinition("Finishing.AnodizingLine.Tank3", List.of(
                    new MetricDefinition(TANK3 + ".BathTemp", "BathTemp", MetricType.DOUBLE, "°C", 0.0, 40.0),
                    new MetricDefinition(TANK3 + ".HeaterOn", "HeaterOn", MetricType.BOOLEAN, null, null, null),
                    MetricDefinition.of(MetricKind.STATE, TANK3 + ".BathTooHot.Active", "BathTooHot/Active",
                            MetricType.BOOLEAN))),
                    DeviceDefinition.of("Finishing.AnodizingLine.Rectifier1",
                            new MetricDefinition(RECTIFIER + ".Current", "Current", MetricType.INT16, "A", -500.0,
                                    500.0))));
    private static final String BASE = "spBv1.0/Acme.Riverside/";

    @TempDir
    Path dir;

    @Test
    void birthsAndDataDecodeWithPythonProtobufToThePlantsSignalsUnitsAndAliases() throws Exception {
        Instant read = Instant.parse("2026-03-02T08:15:30.250Z");
        Map<String, byte[]> captured = new LinkedHashMap<>();
        try (MosquittoBroker broker = MosquittoBroker.start(Files.createDirectories(dir.resolve("broker")));
                SparkplugSubscriber host = new SparkplugSubscriber(broker.url());
                SparkplugEdgeNode node = SparkplugEdgeNode.start(
                        SparkplugConfig.anonymous(broker.url(), "fieldbridge-decoder"), RIVERSIDE)) {
            node.publish(TANK3 + ".BathTemp", new Sample(23.75, Quality.GOOD, read, read));
            node.publish(RECTIFIER + ".Current", new Sample(-120, Quality.GOOD, read, read));
            captured.put("NBIRTH", host.await(BASE + "NBIRTH/riverside").raw());
            captured.put("DBIRTH-Tank3", host.await(BASE + "DBIRTH/riverside/Finishing.AnodizingLine.Tank3").raw());
            captured.put("DBIRTH-Rectifier1",
                    host.await(BASE + "DBIRTH/riverside/Finishing.AnodizingLine.Rectifier1").raw());
            // store-and-forward: the samples handed over before the births follow them as historical DDATA
            captured.put("DDATA-Tank3-historical",
                    host.await(BASE + "DDATA/riverside/Finishing.AnodizingLine.Tank3").raw());
            host.await(BASE + "DDATA/riverside/Finishing.AnodizingLine.Rectifier1");
            int live = host.count();
            node.publish(TANK3 + ".BathTemp", new Sample(24.5, Quality.UNCERTAIN_LAST_USABLE_VALUE,
                    read.plusSeconds(1), read.plusSeconds(1)));
            captured.put("DDATA-Tank3", host.await(BASE + "DDATA/riverside/Finishing.AnodizingLine.Tank3", live).raw());
        }

        List<String> lines = decode(captured);
        String text = String.join("\n", lines);
        assertTrue(lines.contains("payload\tfile=NBIRTH.bin\tseq=0\ttimestamp=" + timestampOf(lines, "NBIRTH")
                + "\tmetrics=3"), text);
        assertTrue(text.contains("metric\tname=bdSeq\tdatatype=Int64\t"), text);
        assertTrue(text.contains("metric\tname=Properties/Model Version\tdatatype=String\t"), text);
        assertTrue(text.contains("value=sha256:0a1b2c"), text);

        String bath = metricLine(lines, "name=BathTemp");
        assertTrue(bath.startsWith("metric\tname=BathTemp\talias=1\tdatatype=Double\ttimestamp="
                + read.toEpochMilli() + "\tvalue=23.75\t"), bath);
        assertProperties(bath, "engUnit=°C", "engLow=0.0", "engHigh=40.0", "Quality=0");
        assertTrue(metricLine(lines, "name=HeaterOn").startsWith("metric\tname=HeaterOn\talias=2\tdatatype=Boolean"),
                text);
        assertTrue(metricLine(lines, "name=BathTooHot/Active").contains("alias=3\tdatatype=Boolean"), text);
        String current = metricLine(lines, "name=Current");
        assertTrue(current.contains("alias=4\tdatatype=Int16\ttimestamp=" + read.toEpochMilli() + "\tvalue=-120\t"),
                current);
        assertProperties(current, "engUnit=A", "engLow=-500.0", "engHigh=500.0");

        int historical = lines.indexOf(lines.stream().filter(l -> l.contains("file=DDATA-Tank3-historical.bin"))
                .findFirst().orElseThrow());
        assertEquals("metric\talias=1\tdatatype=Double\ttimestamp=" + read.toEpochMilli()
                + "\tvalue=23.75\thistorical=true\tQuality=0", lines.get(historical + 1),
                "a sample handed over before the births, flagged historical");
        int ddata = lines.indexOf(lines.stream().filter(l -> l.contains("file=DDATA-Tank3.bin")).findFirst()
                .orElseThrow());
        assertTrue(lines.get(ddata).contains("\tseq=5\t"),
                "NBIRTH 0, DBIRTHs 1 and 2, historical DDATA 3 and 4: " + lines.get(ddata));
        assertEquals("metric\talias=1\tdatatype=Double\ttimestamp=" + read.plusSeconds(1).toEpochMilli()
                + "\tvalue=24.5\tQuality=" + Quality.UNCERTAIN_LAST_USABLE_VALUE.code(), lines.get(ddata + 1),
                "data by alias only, with the source time and the OPC UA status");
    }

    /** Properties come in the encoder's order, which Sparkplug leaves open. */
    private static void assertProperties(String line, String... properties) {
        List<String> fields = List.of(line.split("\t"));
        for (String property : properties) {
            assertTrue(fields.contains(property), property + " in " + line);
        }
    }

    private static String metricLine(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith("metric\t" + name + "\t")).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in\n" + String.join("\n", lines)));
    }

    private static String timestampOf(List<String> lines, String file) {
        String line = lines.stream().filter(l -> l.contains("file=" + file + ".bin")).findFirst().orElseThrow();
        return line.replaceAll(".*\ttimestamp=(\\d+)\t.*", "$1");
    }

    /** Compiles the schema with protoc and runs decode.py on the captured payloads. */
    private List<String> decode(Map<String, byte[]> payloads) throws IOException, InterruptedException {
        Path decoder = RepositoryRoot.find().resolve("tests/org.fieldbridge.runtime.sparkplug.tests/decoder");
        Path generated = Files.createDirectories(dir.resolve("generated"));
        run(List.of("protoc", "--proto_path=" + decoder, "--python_out=" + generated,
                decoder.resolve("sparkplug_b.proto").toString()));
        List<String> command = new ArrayList<>(List.of(python(), decoder.resolve("decode.py").toString(),
                generated.toString()));
        for (Map.Entry<String, byte[]> payload : payloads.entrySet()) {
            Path file = dir.resolve(payload.getKey() + ".bin");
            Files.write(file, payload.getValue());
            command.add(file.toString());
        }
        return run(command);
    }

    /** Debian's python3 (which python3-protobuf is installed for), even when another python3 comes first. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private List<String> run(List<String> command) throws IOException, InterruptedException {
        Path log = dir.resolve("run.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!done || process.exitValue() != 0) {
            throw new AssertionError(command.get(0) + " failed (apt-get install python3-protobuf protobuf-compiler; "
                    + ".ci/run does): " + output);
        }
        return output.lines().toList();
    }
}
