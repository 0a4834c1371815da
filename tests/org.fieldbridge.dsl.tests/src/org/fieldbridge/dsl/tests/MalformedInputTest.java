/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

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
}
