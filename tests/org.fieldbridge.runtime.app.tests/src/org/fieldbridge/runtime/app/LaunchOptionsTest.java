/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The runtime's options as picocli reads them: durations in seconds as before, and what is passed on. */
class LaunchOptionsTest {

    private static LaunchOptions parse(String... args) {
        LaunchOptions options = new LaunchOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void withoutOptionsTheRuntimeReadsTheDefaultFileAndRunsUntilStopped() {
        LaunchOptions options = parse();
        assertEquals(Path.of("fieldbridge-runtime.properties"), options.config());
        assertNull(options.duration());
        assertNull(options.live());
        assertEquals(List.of(), options.arguments());
    }

    @Test
    void durationsAreSecondsWithOrWithoutAFraction() {
        assertEquals(Duration.ofSeconds(30), parse("--duration", "30").duration());
        assertEquals(Duration.ofMillis(200), parse("--duration", "0.2").duration());
        assertEquals(Duration.ofMillis(1500), parse("--duration=1.5").duration());
        assertEquals(Duration.ofMillis(500), parse("--live", "0.5").live());
    }

    @Test
    void liveWithoutSecondsRefreshesEveryTwoSeconds() {
        assertEquals(Duration.ofSeconds(2), parse("--live").live());
        LaunchOptions options = parse("--live", "--duration", "3");
        assertEquals(Duration.ofSeconds(2), options.live());
        assertEquals(Duration.ofSeconds(3), options.duration());
    }

    @ParameterizedTest
    @ValueSource(strings = { "soon", "0", "-1", "NaN", "1e10", "0.0000000001" })
    void aDurationThatIsNotAPositiveNumberOfSecondsIsRefused(String text) {
        ParameterException e = assertThrows(ParameterException.class, () -> parse("--duration", text));
        assertEquals("error: --duration takes a positive number of seconds, not '" + text + "' (try --help)",
                UsageErrors.prefixed("error").message(e, new String[] { "--duration", text }));
    }

    @Test
    void theOptionsThatWereGivenArePassedOnAsTheRuntimeReadsThem() {
        assertEquals(List.of("--config", "plant.properties", "--duration", "0.25", "--live", "2"),
                parse("--live", "--config", "plant.properties", "--duration", "0.250").arguments());
        assertEquals(List.of("--duration", "90"), parse("--duration", "90").arguments());
    }
}
