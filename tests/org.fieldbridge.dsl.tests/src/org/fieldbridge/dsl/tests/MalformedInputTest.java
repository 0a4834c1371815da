/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.check.TwinCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input never crashes or hangs the checker; it always gets a positioned error. */
@DisplayName("Malformed input")
class MalformedInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    static Stream<Arguments> corpus() {
        Random random = new Random(20261124L);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        byte[] allBytes = new byte[256];
        for (int i = 0; i < allBytes.length; i++) {
            allBytes[i] = (byte) i;
        }
        String header = "import \"riverside.plant\"\nconnection PLC4 modbus tcp\n";
        return Stream.of(
                Arguments.of("random bytes", noise),
                Arguments.of("every byte value", allBytes),
                Arguments.of("huge register number", utf8(header + "map PLC4 holding 99999999999999999999999 int16 -> Tank3.BathTemp\n")),
                Arguments.of("huge unit id", utf8("connection P modbus tcp \"127.0.0.1:502\" unit 99999999999\n")),
                Arguments.of("huge decimal", utf8(header + "map PLC4 holding 1 int16 -> Tank3.BathTemp { scale 1" + "0".repeat(400) + " }\n")),
                Arguments.of("10k-deep braces", utf8(header + "map PLC4 holding 1 int16 -> Tank3.BathTemp " + "{".repeat(10_000))),
                Arguments.of("10k-deep parentheses", utf8(header + "map PLC4 holding 1 string" + "(".repeat(10_000))),
                Arguments.of("unterminated string", utf8("connection X modbus tcp \"127.0.0.1:502 unit 1 {\n")),
                Arguments.of("unterminated comment", utf8(header + "/* map PLC4 holding 1 int16 -> Tank3.BathTemp\n")),
                Arguments.of("Latin-1 degree sign", "map PLC4 holding 1 int16 -> Tank3.BathTemp { unit \"\u00b0C\" }\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("a single keyword", utf8("alarm")),
                Arguments.of("NUL characters", utf8("connection\u0000P modbus\u0000")));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("gives a positioned error and no crash")
    void positionedErrorNoCrash(String title, byte[] content, @TempDir Path dir) throws IOException {
        Files.copy(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"), dir.resolve("riverside.plant"));
        Path file = dir.resolve("input.twin");
        Files.write(file, content);
        List<Finding> findings = assertTimeoutPreemptively(LIMIT,
                () -> TwinTester.injector().getInstance(TwinCheck.class).check(file));
        assertTrue(findings.stream().anyMatch(Finding::isError), title + ": " + findings);
        assertTrue(findings.stream().noneMatch(f -> f.code().equals(TwinCheck.INTERNAL_CODE)), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.line() >= 1 && f.column() >= 1), findings.toString());
    }

    @Test
    @DisplayName("every truncation of the example checks without a crash")
    void truncatedExample(@TempDir Path dir) throws IOException {
        Files.copy(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"), dir.resolve("riverside.plant"));
        String text = Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        List<String> failures = new ArrayList<>();
        for (int cut = 1; cut < text.length(); cut += 37) {
            Path file = dir.resolve("cut" + cut + ".twin");
            Files.writeString(file, text.substring(0, cut));
            List<Finding> findings = assertTimeoutPreemptively(LIMIT,
                    () -> TwinTester.injector().getInstance(TwinCheck.class).check(file));
            findings.stream().filter(f -> f.code().equals(TwinCheck.INTERNAL_CODE)).map(Finding::format)
                    .forEach(failures::add);
        }
        assertFalse(failures.stream().findAny().isPresent(), failures.toString());
    }

    /** What a Java class name looks like in a message: org.xml.sax.SAXParseException, ...Exception. */
    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z.]+\\.[A-Z]\\w+|Exception");

    static Stream<Arguments> plantCorpus() throws IOException {
        byte[] example = Files.readAllBytes(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"));
        String text = new String(example, StandardCharsets.UTF_8);
        byte[] noise = new byte[4096];
        new Random(20261125L).nextBytes(noise);
        return Stream.of(
                Arguments.of("random bytes", noise),
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("truncated XML", Arrays.copyOf(example, example.length / 2)),
                Arguments.of("an unclosed element", utf8(text.replaceFirst("</equipment>", ""))),
                Arguments.of("Latin-1 text declared UTF-8", text.replace("Riverside works", "Riverside w\u00f6rks")
                        .getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("UTF-16 text", text.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("plain text", utf8("Tank 3 bath temperature: see the HMI\n")),
                Arguments.of("another XML namespace", utf8(text.replace("https://fieldbridge.org/plant/1.0",
                        "https://fieldbridge.org/plant/9.9"))),
                Arguments.of("an unknown element", utf8(text.replaceFirst("<validRange ", "<validRanges "))),
                Arguments.of("an unknown quantity", utf8(text.replaceFirst("quantity=\"temperature\"", "quantity=\"warmth\""))),
                Arguments.of("a number that is none", utf8(text.replaceFirst("samplePeriodMs=\"5000\"", "samplePeriodMs=\"5s\""))),
                Arguments.of("a dangling instrument", utf8(text.replace("instrument=\"TT_Zone2\"", "instrument=\"TT_Nowhere\""))),
                Arguments.of("an impossible date", utf8(text.replace("dueDate=\"2025-03-01\"", "dueDate=\"2025-02-30\""))),
                Arguments.of("a root that is no plant", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plant:Enterprise"
                        + " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plant=\"https://fieldbridge.org/plant/1.0\""
                        + " name=\"Acme\"/>\n")),
                Arguments.of("a signal without a name", utf8(text.replaceFirst("<signals name=\"BathTemp\" ", "<signals "))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantCorpus")
    @DisplayName("a broken .plant, given or imported, gets positioned findings in words, with plant codes and no class names")
    void brokenPlantInWords(String title, byte[] content, @TempDir Path dir) throws IOException {
        Path plant = Files.write(dir.resolve("riverside.plant"), content);
        Files.writeString(dir.resolve("input.twin"), "import \"riverside.plant\"\nconnection PLC4 modbus tcp"
                + " \"127.0.0.1:5020\" unit 1\nmap PLC4 holding 1 int16 -> Tank3.BathTemp\n");
        CheckReport report = assertTimeoutPreemptively(LIMIT,
                () -> TwinTester.injector().getInstance(TwinCheck.class).checkAll(TwinCheck.checkedFiles(List.of(dir))));
        List<Finding> ofPlant = report.findings().stream().filter(f -> f.file().equals(plant.toString())).toList();
        assertTrue(ofPlant.stream().anyMatch(Finding::isError), title + ": " + report.findings());
        assertTrue(ofPlant.stream().allMatch(f -> f.code().startsWith("plant.")), ofPlant.toString());
        assertNoClassNames(report.findings());
        assertEquals(2, report.files().size(), report.files().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("a broken .twin gets findings with Fieldbridge codes and no class names")
    void brokenTwinInWords(String title, byte[] content, @TempDir Path dir) throws IOException {
        Files.copy(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"), dir.resolve("riverside.plant"));
        Path file = Files.write(dir.resolve("input.twin"), content);
        List<Finding> findings = TwinTester.injector().getInstance(TwinCheck.class).check(file);
        assertTrue(findings.stream().allMatch(f -> f.code().startsWith("twin.")), findings.toString());
        assertNoClassNames(findings);
    }

    @Test
    @DisplayName("a .twin syntax error has the code twin.syntax and speaks of quoted text, not RULE_STRING")
    void syntaxErrorCode(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("input.twin"), "import 127\n");
        List<Finding> findings = TwinTester.injector().getInstance(TwinCheck.class).check(file);
        List<Finding> syntax = findings.stream().filter(f -> f.code().equals("twin.syntax")).toList();
        assertEquals(1, syntax.size(), findings.toString());
        assertEquals(8, syntax.get(0).column(), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("RULE_") || f.code().contains("xtext")),
                findings.toString());
        assertTrue(syntax.get(0).message().contains("a quoted text"), findings.toString());
    }

    private static void assertNoClassNames(List<Finding> findings) {
        List<String> leaks = findings.stream().map(Finding::format)
                .filter(line -> CLASS_NAME.matcher(line.substring(line.indexOf(": ") + 2)).find()).toList();
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }
}
